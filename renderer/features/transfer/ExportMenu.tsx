/** The Export menu of a type's table: the current query (filter, sort, columns) in a chosen format, downloaded as a file. */
import { useRef, useState } from 'react';
import type { TransferFormat } from '../../../shared/channels/transfer';
import { api } from '../../api/client';
import { fetchExport, saveBlob, type ExportRequest } from './download-export';
import { formatCount } from './progress-text';
import { exportFileName, FORMAT_LABELS, FORMATS } from './transfer-formats';

export function ExportMenu(props: Omit<ExportRequest, 'format'> & { onError?: (message: string) => void; onDone?: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<number>();
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async (format: TransferFormat): Promise<void> => {
    setOpen(false);
    abort.current = new AbortController();
    setProgress(0);
    try {
      const request: ExportRequest = { type: props.type, format, where: props.where, orderBy: props.orderBy, columns: format === 'csv' ? props.columns : undefined };
      const { blob, count } = await fetchExport(api(), request, setProgress, abort.current.signal);
      saveBlob(blob, exportFileName(props.type, format));
      props.onDone?.(`Exported ${formatCount(count)} ${props.type} entities as ${FORMAT_LABELS[format]}`);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') props.onError?.(`Export failed: ${(error as Error).message}`);
    } finally {
      setProgress(undefined);
    }
  };

  if (progress !== undefined) {
    return (
      <span className="export-busy" role="status">
        Exporting… {formatCount(progress)}
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => abort.current?.abort()}>
          Stop
        </button>
      </span>
    );
  }
  return (
    <div className="popover-root">
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export
      </button>
      {open && (
        <div className="popover popover-right" role="menu" aria-label="Export format">
          {FORMATS.map((f) => (
            <button key={f} type="button" role="menuitem" className="menu-item" onClick={() => void run(f)}>
              {FORMAT_LABELS[f]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
