/**
 * Files sent for import in pieces (`transfer.uploadBegin`/`uploadChunk`): each upload is a file
 * in a private temporary folder, appended to in order. Limits keep a caller from filling the
 * disk: a size cap per upload, a cap on open uploads, and uploads left idle for an hour are
 * removed. The folder goes away when the process exits.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StudioError, notFound } from '../../shared/errors';

/** Limits of the upload store. */
export interface UploadLimits {
  /** Largest upload, in characters (default 2 GiB worth). */
  maxChars: number;
  /** Uploads open at once (default 8). */
  maxOpen: number;
  /** Idle time after which an upload is removed, in ms (default one hour). */
  idleMs: number;
}

interface Upload {
  id: string;
  name: string;
  path: string;
  received: number;
  touched: number;
}

const DEFAULTS: UploadLimits = { maxChars: 2 * 1024 ** 3, maxOpen: 8, idleMs: 60 * 60 * 1000 };

/** The uploads of one running app. */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();
  private dir: string | undefined;
  private readonly limits: UploadLimits;

  constructor(limits: Partial<UploadLimits> = {}, private readonly parent = tmpdir()) {
    this.limits = { ...DEFAULTS, ...limits };
  }

  private folder(): string {
    if (!this.dir) {
      const dir = mkdtempSync(join(this.parent, 'semantic-studio-uploads-'));
      this.dir = dir;
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return this.dir;
  }

  /** Opens an upload and returns its id. */
  begin(name: string): string {
    this.sweep();
    if (this.uploads.size >= this.limits.maxOpen) {
      throw new StudioError('LOCKED', `${this.limits.maxOpen} uploads are already open: finish or discard one first`);
    }
    const id = randomBytes(12).toString('base64url');
    const path = join(this.folder(), `${id}.upload`);
    appendFileSync(path, '');
    this.uploads.set(id, { id, name, path, received: 0, touched: Date.now() });
    return id;
  }

  /** Appends a piece at `offset`; a piece sent twice (a retry) is accepted once. Returns the characters received. */
  append(id: string, offset: number, text: string): number {
    const upload = this.get(id);
    if (offset + text.length === upload.received && offset < upload.received) return upload.received;
    if (offset !== upload.received) {
      throw new StudioError('CONFLICT', `Upload piece out of order: expected offset ${upload.received}, got ${offset}`, { details: { received: upload.received } });
    }
    if (upload.received + text.length > this.limits.maxChars) {
      this.discard(id);
      throw new StudioError('VALIDATION', `The file is larger than the ${this.limits.maxChars} characters an import takes`, { issues: [{ path: ['text'], message: 'file too large' }] });
    }
    appendFileSync(upload.path, text, 'utf8');
    upload.received += text.length;
    upload.touched = Date.now();
    return upload.received;
  }

  /** The file of an upload, for reading. */
  file(id: string): { path: string; name: string } {
    const upload = this.get(id);
    upload.touched = Date.now();
    return { path: upload.path, name: upload.name };
  }

  /** Removes an upload and its file; false when there was none. */
  discard(id: string): boolean {
    const upload = this.uploads.get(id);
    if (!upload) return false;
    this.uploads.delete(id);
    rmSync(upload.path, { force: true });
    return true;
  }

  /** Removes every upload (the app is closing). */
  clear(): void {
    for (const id of [...this.uploads.keys()]) this.discard(id);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload) throw notFound('Upload', id);
    return upload;
  }

  private sweep(): void {
    const now = Date.now();
    for (const upload of [...this.uploads.values()]) if (now - upload.touched > this.limits.idleMs) this.discard(upload.id);
  }
}
