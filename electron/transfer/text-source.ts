/**
 * Text to import, as an async iterable of string chunks: read from a file (with the bytes read
 * so far, for progress) or from a string. Decoding keeps multi-byte characters whole across
 * chunk boundaries, and a leading byte-order mark is dropped.
 */
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** A source of text and how far through it a reader is. */
export interface TextSource {
  chunks(): AsyncIterable<string>;
  /** Size when known: bytes for files, characters for strings. */
  readonly totalBytes: number | undefined;
  /** How much has been handed to the reader so far, in the same unit. */
  readonly bytesRead: number;
}

// Small enough that the parsers' read-ahead keeps the progress fraction close to the rows done.
const CHUNK_BYTES = 64 * 1024;

/** The text of a file, streamed. */
export function fileSource(path: string): TextSource {
  let bytesRead = 0;
  const totalBytes = statSync(path).size;
  return {
    totalBytes,
    get bytesRead() {
      return bytesRead;
    },
    async *chunks() {
      const decoder = new StringDecoder('utf8');
      let first = true;
      for await (const buffer of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
        bytesRead += (buffer as Buffer).length;
        let text = decoder.write(buffer as Buffer);
        if (first && text.length > 0) {
          text = stripBom(text);
          first = false;
        }
        if (text) yield text;
      }
      const rest = decoder.end();
      if (rest) yield first ? stripBom(rest) : rest;
    },
  };
}

/** The text of stdin or another byte stream (size unknown). */
export function streamSource(stream: AsyncIterable<Buffer | string>): TextSource {
  let bytesRead = 0;
  return {
    totalBytes: undefined,
    get bytesRead() {
      return bytesRead;
    },
    async *chunks() {
      const decoder = new StringDecoder('utf8');
      let first = true;
      for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytesRead += buffer.length;
        let text = decoder.write(buffer);
        if (first && text.length > 0) {
          text = stripBom(text);
          first = false;
        }
        if (text) yield text;
      }
      const rest = decoder.end();
      if (rest) yield first ? stripBom(rest) : rest;
    },
  };
}

/** A string as a source, cut into chunks of `chunkSize` characters (tests cut it small). */
export function stringSource(text: string, chunkSize = 64 * 1024): TextSource {
  let consumed = 0;
  const body = stripBom(text);
  return {
    totalBytes: body.length,
    get bytesRead() {
      return consumed;
    },
    async *chunks() {
      for (let i = 0; i < body.length; i += chunkSize) {
        consumed = Math.min(body.length, i + chunkSize);
        yield body.slice(i, i + chunkSize);
      }
    },
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
