import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_CHARS } from '../../../shared/channels/transfer';
import { formatRate, formatTimeLeft, percent } from './progress-text';
import { exportFileName } from './transfer-formats';
import { formatOfFileName } from '../../../shared/channels/transfer';
import { uploadFile } from './upload-file';

describe('progress wording', () => {
  it('words rate, time left and percentage', () => {
    expect(formatRate(52_345.4)).toBe('52,345 rows/s');
    expect(formatTimeLeft(null)).toBe('working out time left…');
    expect(formatTimeLeft(3)).toBe('a few seconds left');
    expect(formatTimeLeft(42)).toBe('about 42 s left');
    expect(formatTimeLeft(125)).toBe('about 2 min 5 s left');
    expect(formatTimeLeft(7260)).toBe('about 2 h 1 min left');
    expect([percent(null), percent(0.123), percent(1.2)]).toEqual([undefined, 12, 100]);
  });

  it('names files and detects formats', () => {
    expect(exportFileName('Person', 'jsonld')).toBe('Person.jsonld');
    expect(['a.CSV', 'b.jsonl', 'c.json', 'd.jsonld', 'e.txt'].map(formatOfFileName)).toEqual(['csv', 'ndjson', 'json', 'jsonld', undefined]);
  });
});

describe('uploadFile', () => {
  it('sends pieces within the channel limit, in order, keeping characters split between slices whole', async () => {
    // "é" is two bytes in UTF-8: with one byte of padding, one of them straddles every slice boundary.
    const text = `x${'é'.repeat(UPLOAD_CHUNK_CHARS)}ok`;
    // Node's Blob stands in for the browser's File (jsdom's Blob has no arrayBuffer()).
    const blob = new NodeBlob([text]);
    const file = { name: 'people.csv', size: blob.size, slice: (a: number, b: number) => blob.slice(a, b) as unknown as Blob };
    const received: string[] = [];
    const calls: string[] = [];
    const transport = {
      async invoke(channel: string, input: { offset?: number; text?: string }) {
        calls.push(channel);
        if (channel === 'transfer.uploadBegin') return { uploadId: 'upload-1234' };
        if (channel === 'transfer.uploadChunk') {
          expect(input.offset).toBe(received.join('').length);
          expect(input.text!.length).toBeLessThanOrEqual(UPLOAD_CHUNK_CHARS);
          received.push(input.text!);
          return { received: received.join('').length };
        }
        throw new Error(`unexpected ${channel}`);
      },
    };
    const fractions: number[] = [];
    const id = await uploadFile(transport as never, file, (f) => fractions.push(f));
    expect(id).toBe('upload-1234');
    expect(received.join('')).toBe(text);
    expect(fractions.at(-1)).toBe(1);
    expect(calls.filter((c) => c === 'transfer.uploadChunk').length).toBe(received.length);
  });
});
