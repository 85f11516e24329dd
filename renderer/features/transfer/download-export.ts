/**
 * Exports a query through `transfer.export`, one page per call, and hands the whole text over
 * as a Blob for the browser to save. Only the page being fetched is in flight; the pieces of
 * text accumulate in the Blob's parts.
 */
import type { ExportChunk, TransferFormat } from '../../../shared/channels/transfer';
import type { StudioClient } from '../../api/client';
import { mimeOf } from './transfer-formats';

/** What to export: the type, the current query and, for CSV, the columns on screen. */
export interface ExportRequest {
  type: string;
  format: TransferFormat;
  where?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
  columns?: string[];
}

/** Fetches every page of the export; `onProgress` hears how many entities are done. */
export async function fetchExport(client: Pick<StudioClient, 'invoke'>, request: ExportRequest, onProgress?: (count: number) => void, signal?: AbortSignal): Promise<{ blob: Blob; count: number }> {
  const parts: string[] = [];
  let cursor: string | null = null;
  let columns = request.columns;
  let count = 0;
  do {
    if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const chunk: ExportChunk = await client.invoke('transfer.export', { ...request, columns, cursor, limit: 2000 });
    parts.push(chunk.text);
    columns = chunk.columns ?? undefined;
    cursor = chunk.next;
    count += chunk.count;
    onProgress?.(count);
  } while (cursor);
  return { blob: new Blob(parts, { type: `${mimeOf(request.format)};charset=utf-8` }), count };
}

/** Offers a Blob as a download under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the download can start without its data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
