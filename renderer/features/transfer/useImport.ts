/**
 * The import dialog's state: upload the file, (for CSV) preview it and let the user adjust the
 * proposed mapping, start the import, follow it until it ends, cancel it. The status is polled
 * (it works the same over IPC and HTTP); `task.progress` events make the next poll come sooner.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, ImportMode, ImportStatus, MappingTarget, ProposedColumn, TransferFormat } from '../../../shared/channels/transfer';
import { StudioError } from '../../../shared/errors';
import { api } from '../../api/client';
import { uploadFile, type UploadSource } from './upload-file';

/** Where the dialog is. */
export type ImportPhase = 'choose' | 'uploading' | 'mapping' | 'running' | 'finished';

/** The CSV preview the mapping screen shows. */
export interface CsvPreview {
  headers: string[];
  rows: string[][];
  targets: MappingTarget[];
}

/** What the user chose on the first screen. */
export interface ImportChoice {
  file: UploadSource;
  format: TransferFormat;
  type: string | undefined;
  mode: ImportMode;
}

const POLL_MS = 300;

/** The import dialog's state and actions. */
export function useImport() {
  const [phase, setPhase] = useState<ImportPhase>('choose');
  const [uploaded, setUploaded] = useState(0);
  const [preview, setPreview] = useState<CsvPreview>();
  const [mapping, setMapping] = useState<ProposedColumn[]>([]);
  const [status, setStatus] = useState<ImportStatus>();
  const [error, setError] = useState<StudioError>();
  const choice = useRef<ImportChoice | undefined>(undefined);
  const uploadId = useRef<string | undefined>(undefined);
  const uploadAbort = useRef<AbortController | undefined>(undefined);

  const fail = (e: unknown): void => {
    setError(e instanceof StudioError ? e : new StudioError('INTERNAL', (e as Error).message ?? String(e)));
    setPhase('choose');
  };

  const start = useCallback(async (columns?: ColumnMapping[]) => {
    const c = choice.current;
    if (!c || !uploadId.current) return;
    try {
      const first = await api().invoke('transfer.importStart', { uploadId: uploadId.current, format: c.format, type: c.type, mode: c.mode, mapping: columns });
      uploadId.current = undefined;
      setStatus(first);
      setPhase(first.state === 'running' ? 'running' : 'finished');
    } catch (e) {
      fail(e);
    }
  }, []);

  /** Uploads the file, then shows the mapping (CSV) or starts right away. */
  const begin = useCallback(
    async (next: ImportChoice) => {
      choice.current = next;
      setError(undefined);
      setPhase('uploading');
      setUploaded(0);
      uploadAbort.current = new AbortController();
      try {
        uploadId.current = await uploadFile(api(), next.file, setUploaded, uploadAbort.current.signal);
        if (next.format !== 'csv') return void (await start());
        const p = await api().invoke('transfer.csvPreview', { uploadId: uploadId.current, type: next.type ?? '' });
        setPreview({ headers: p.headers, rows: p.rows, targets: p.targets });
        setMapping(p.mapping);
        setPhase('mapping');
      } catch (e) {
        if ((e as Error).name === 'AbortError') setPhase('choose');
        else fail(e);
      }
    },
    [start],
  );

  /** Points a column at a property path (or null to skip it), taking the path's cell kind. */
  const mapColumn = useCallback(
    (index: number, property: string | null) => {
      const target = preview?.targets.find((t) => t.path === property);
      setMapping((m) =>
        m.map((c) => (c.index === index ? { ...c, property, kind: target?.kind ?? 'auto', multiple: target?.multiple ?? true, confidence: property ? 'high' : 'none' } : c)),
      );
    },
    [preview],
  );

  /** Starts the CSV import with the mapping on screen. */
  const confirmMapping = useCallback(() => {
    void start(mapping.map(({ index, header, property, kind, multiple }) => ({ index, header, property, kind, multiple })));
  }, [mapping, start]);

  /** Stops the upload or the running import. */
  const cancel = useCallback(async () => {
    uploadAbort.current?.abort();
    if (status?.state === 'running') {
      try {
        setStatus(await api().invoke('transfer.importCancel', { importId: status.id }));
      } catch (e) {
        fail(e);
      }
    }
  }, [status]);

  /** Throws away an upload the user did not import (the dialog closes). */
  const discard = useCallback(() => {
    uploadAbort.current?.abort();
    const id = uploadId.current;
    uploadId.current = undefined;
    if (id) void api().invoke('transfer.uploadDiscard', { uploadId: id }).catch(() => undefined);
  }, []);

  const running = phase === 'running' ? status?.id : undefined;
  useEffect(() => {
    if (!running) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      clearTimeout(timer);
      try {
        const next = await api().invoke('transfer.importStatus', { importId: running });
        if (!live) return;
        setStatus(next);
        if (next.state !== 'running') return setPhase('finished');
      } catch (e) {
        if (live) fail(e);
        return;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    const off = api().on('task.progress', (p) => {
      if (p.task === `import:${running}`) void poll();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
    };
  }, [running]);

  return { phase, uploaded, preview, mapping, status, error, begin, mapColumn, confirmMapping, cancel, discard };
}
