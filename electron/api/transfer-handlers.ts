/**
 * Handlers of the `transfer.*` channels: uploads in pieces, CSV preview with a proposed mapping,
 * background imports with status and cancel, and exports one page at a time. Each export page
 * passes through the `mask` step before it is serialized.
 */
import type { transferChannels } from '../../shared/channels/transfer';
import { notFound, StudioError } from '../../shared/errors';
import type { EventBus } from '../app/event-bus';
import type { Store } from '../store';
import { exportChunk, type MaskStep } from '../transfer/export-entities';
import { ImportJobs } from '../transfer/import-jobs';
import { proposeMapping } from '../transfer/propose-mapping';
import { mappingTargets, targetForPath } from '../transfer/property-paths';
import { csvHead } from '../transfer/read-csv';
import { fileSource } from '../transfer/text-source';
import { UploadStore } from '../transfer/upload-store';
import type { Vocabulary } from '../vocab/vocabulary';
import type { HandlersFor } from './handlers';

/** What the transfer handlers need besides the store. */
export interface TransferServices {
  vocab: Pick<Vocabulary, 'lookup' | 'hasType'>;
  /** Where `task.progress` events of imports go. */
  events?: Pick<EventBus, 'emit'>;
  /** Applied to every exported entity (PII masking plugs in here); identity when absent. */
  mask?: MaskStep;
  /** Upload storage (a private temporary folder by default). */
  uploads?: UploadStore;
}

const PREVIEW_ROWS = 5;

/** The `transfer.*` handlers over a store. */
export function transferHandlers(store: Store, services: TransferServices): HandlersFor<keyof typeof transferChannels> {
  const { vocab, mask } = services;
  const lookup = vocab.lookup;
  const uploads = services.uploads ?? new UploadStore();
  const jobs = new ImportJobs(store, lookup, (payload) => services.events?.emit('task.progress', payload));
  const knownType = (type: string): string => {
    if (!vocab.hasType(type)) throw notFound('Type', type);
    return type;
  };
  const proposal = (type: string) => (headers: string[]) =>
    proposeMapping(headers, [], mappingTargets(lookup, type), (path) => targetForPath(lookup, type, path));

  // Uploads and imports belong to the tenant that started them: another tenant's id is NOT_FOUND.
  const uploadOwners = new TenantOwners('Upload');
  const importOwners = new TenantOwners('Import');

  return {
    'transfer.uploadBegin': async ({ name }, ctx) => {
      const uploadId = uploads.begin(name);
      uploadOwners.set(uploadId, ctx.tenant);
      return { uploadId };
    },

    'transfer.uploadChunk': async ({ uploadId, offset, text }, ctx) => {
      uploadOwners.check(uploadId, ctx.tenant);
      return { received: uploads.append(uploadId, offset, text) };
    },

    'transfer.uploadDiscard': async ({ uploadId }, ctx) => {
      uploadOwners.check(uploadId, ctx.tenant);
      uploadOwners.delete(uploadId);
      return { discarded: uploads.discard(uploadId) };
    },

    'transfer.csvPreview': async ({ uploadId, type }, ctx) => {
      uploadOwners.check(uploadId, ctx.tenant);
      knownType(type);
      const { headers, rows } = await csvHead(fileSource(uploads.file(uploadId).path).chunks(), PREVIEW_ROWS);
      const targets = mappingTargets(lookup, type);
      const mapping = proposeMapping(headers, rows, targets, (path) => targetForPath(lookup, type, path));
      return { headers, rows, mapping, targets };
    },

    'transfer.importStart': async ({ uploadId, format, type, mode, mapping }, ctx) => {
      if (type) knownType(type);
      if (format === 'csv' && !type) {
        throw new StudioError('VALIDATION', 'A CSV import needs the type of its rows', { issues: [{ path: ['type'], message: 'required for CSV' }] });
      }
      uploadOwners.check(uploadId, ctx.tenant);
      const { path } = uploads.file(uploadId);
      const status = jobs.start({
        path,
        format,
        mode,
        type,
        mapping: format === 'csv' ? (mapping ?? proposal(type!)) : undefined,
        context: { actor: ctx.actor, tenant: ctx.tenant },
        onEnd: () => {
          uploadOwners.delete(uploadId);
          uploads.discard(uploadId);
        },
      });
      importOwners.set(status.id, ctx.tenant);
      return status;
    },

    'transfer.importStatus': async ({ importId }, ctx) => {
      importOwners.check(importId, ctx.tenant);
      return jobs.status(importId);
    },

    'transfer.importCancel': async ({ importId }, ctx) => {
      importOwners.check(importId, ctx.tenant);
      return jobs.cancel(importId);
    },

    'transfer.export': async ({ type, where, orderBy, format, columns, cursor, limit }, ctx) =>
      exportChunk(store, { type, where, orderBy, format, columns, lookup, mask, context: { actor: ctx.actor, tenant: ctx.tenant } }, cursor ?? null, limit),
  };
}

/** Most ids whose owner is remembered (finished imports are forgotten by the jobs long before). */
const MAX_OWNERS = 1000;

/** Which tenant started an upload or an import (none: ""), so another tenant's id reads as missing. */
class TenantOwners {
  private readonly owners = new Map<string, string>();

  constructor(private readonly what: string) {}

  set(id: string, tenant: string | undefined): void {
    this.owners.set(id, tenant ?? '');
    if (this.owners.size > MAX_OWNERS) this.owners.delete(this.owners.keys().next().value!);
  }

  delete(id: string): void {
    this.owners.delete(id);
  }

  /** NOT_FOUND unless `id` was started for `tenant` (ids started before the owner was recorded are left to their store). */
  check(id: string, tenant: string | undefined): void {
    const owner = this.owners.get(id);
    if (owner !== undefined && owner !== (tenant ?? '')) throw notFound(this.what, id);
  }
}
