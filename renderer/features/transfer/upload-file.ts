/**
 * Sends a file to the main process in pieces (`transfer.uploadBegin`, then `uploadChunk` per
 * piece), so that neither server mode's 5 MiB body limit nor one big IPC message gets in the
 * way. Bytes are decoded as a stream, so a character split between two slices stays whole.
 */
import { UPLOAD_CHUNK_CHARS } from '../../../shared/channels/transfer';
import type { StudioClient } from '../../api/client';

/** A file to upload: what `File` offers (tests pass a `Blob` with a name). */
export interface UploadSource {
  name: string;
  size: number;
  slice(start: number, end: number): Blob;
}

/** Uploads `file`; `onProgress` hears the fraction of bytes sent; `signal` stops it (the upload is then discarded). */
export async function uploadFile(client: Pick<StudioClient, 'invoke'>, file: UploadSource, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  const { uploadId } = await client.invoke('transfer.uploadBegin', { name: file.name.slice(0, 500), size: file.size });
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  try {
    // A slice of N bytes decodes to at most N characters, so each piece fits the channel's limit.
    for (let start = 0; start < file.size; start += UPLOAD_CHUNK_CHARS) {
      if (signal?.aborted) throw new DOMException('Upload cancelled', 'AbortError');
      const end = Math.min(file.size, start + UPLOAD_CHUNK_CHARS);
      const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
      const text = decoder.decode(bytes, { stream: end < file.size });
      if (text) offset = (await client.invoke('transfer.uploadChunk', { uploadId, offset, text })).received;
      onProgress?.(end / file.size);
    }
    const rest = decoder.decode();
    if (rest) await client.invoke('transfer.uploadChunk', { uploadId, offset, text: rest });
    onProgress?.(1);
    return uploadId;
  } catch (error) {
    await client.invoke('transfer.uploadDiscard', { uploadId }).catch(() => undefined);
    throw error;
  }
}
