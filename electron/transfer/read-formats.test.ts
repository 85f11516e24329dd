import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../shared/channels/transfer';
import { cellValue } from './csv-cells';
import type { ImportRow } from './import-row';
import { csvHead, readCsv } from './read-csv';
import { readJson } from './read-json';
import { readNdjson } from './read-ndjson';
import { formatOfFileName } from '../../shared/channels/transfer';
import { stringSource } from './text-source';
import { testVocabulary } from './testing-store';

async function collect(rows: AsyncIterable<ImportRow>): Promise<ImportRow[]> {
  const out: ImportRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('NDJSON', () => {
  it('reads one object per line across chunk boundaries, skipping blank lines and CRLF endings', async () => {
    const text = '\uFEFF{"name":"Ada"}\r\n\r\n{"name":"Grace","langs":["en","fr"]}\n   \n{"name":"Edsger"}';
    for (const size of [1, 4, 1000]) {
      const rows = await collect(readNdjson(stringSource(text, size).chunks()));
      expect(rows).toEqual([
        { row: 1, line: 1, data: { name: 'Ada' } },
        { row: 2, line: 3, data: { name: 'Grace', langs: ['en', 'fr'] } },
        { row: 3, line: 5, data: { name: 'Edsger' } },
      ]);
    }
  });

  it('turns a bad line into a rejected row and reads on', async () => {
    const rows = await collect(readNdjson(stringSource('{"a":1}\n[1,2]\n{"a":\n{"a":2}\n').chunks()));
    expect(rows.map((r) => ('data' in r ? r.data : r.issues[0]!.message))).toEqual([
      { a: 1 },
      'expected a JSON object',
      expect.stringMatching(/^not valid JSON/),
      { a: 2 },
    ]);
  });
});

describe('JSON', () => {
  it('reads the elements of an array, and a lone object as one row', async () => {
    expect(await collect(readJson(stringSource('[{"a":1}, {"b":[2]}, 3]', 2).chunks()))).toEqual([
      { row: 1, data: { a: 1 } },
      { row: 2, data: { b: [2] } },
      { row: 3, issues: [{ path: [], message: 'expected a JSON object' }] },
    ]);
    expect(await collect(readJson(stringSource('{"$id":"x","name":"Solo","tags":["a"]}', 3).chunks()))).toEqual([
      { row: 1, data: { $id: 'x', name: 'Solo', tags: ['a'] } },
    ]);
  });
});

describe('CSV', () => {
  const text = 'Name,Email,Zip,Languages,Age\r\n"Lovelace, Ada",ada@example.com,01234,"[""English"",""French""]",36\r\n"Multi\nline",,98101,,\r\n';
  const mapping: ColumnMapping[] = [
    { index: 0, header: 'Name', property: 'name', kind: 'text', multiple: true },
    { index: 1, header: 'Email', property: 'email', kind: 'text', multiple: true },
    { index: 2, header: 'Zip', property: 'address.postalCode', kind: 'text', multiple: true },
    { index: 3, header: 'Languages', property: 'knowsLanguage', kind: 'text', multiple: true },
    { index: 4, header: 'Age', property: null, kind: 'auto', multiple: true },
  ];

  it('maps cells to nested property paths, typing nested objects from the vocabulary', async () => {
    for (const size of [1, 7, 4096]) {
      const rows = await collect(readCsv(stringSource(text, size).chunks(), mapping, 'Person', testVocabulary().lookup));
      expect(rows).toEqual([
        { row: 1, data: { name: 'Lovelace, Ada', email: 'ada@example.com', address: { $type: 'PostalAddress', postalCode: '01234' }, knowsLanguage: ['English', 'French'] } },
        { row: 2, data: { name: 'Multi\nline', address: { $type: 'PostalAddress', postalCode: '98101' } } },
      ]);
    }
  });

  it('previews the header and the first rows', async () => {
    expect(await csvHead(stringSource(text, 5).chunks(), 1)).toEqual({
      headers: ['Name', 'Email', 'Zip', 'Languages', 'Age'],
      rows: [['Lovelace, Ada', 'ada@example.com', '01234', '["English","French"]', '36']],
    });
  });

  it('converts cells by kind, leaving what does not convert as text for validation to report', () => {
    expect(cellValue('42', 'integer', false)).toBe(42);
    expect(cellValue('forty', 'number', false)).toBe('forty');
    expect(cellValue('Yes', 'boolean', false)).toBe(true);
    expect(cellValue('19.99', 'number-or-text', false)).toBe(19.99);
    expect(cellValue('+12065550100', 'number-or-text', false)).toBe('+12065550100');
    expect(cellValue('007', 'auto', false)).toBe('007');
    expect(cellValue('{"host":"db-1"}', 'json', false)).toEqual({ host: 'db-1' });
    expect(cellValue('person-1', 'json', false)).toBe('person-1');
    expect(cellValue('[1,2]', 'number', true)).toEqual([1, 2]);
    expect(cellValue('[1,2]', 'text', false)).toBe('[1,2]');
    expect(cellValue('', 'text', true)).toBeUndefined();
  });
});

describe('formatOfFileName', () => {
  it('knows the usual extensions', () => {
    expect(['a.ndjson', 'a.jsonl', 'a.jsonld', 'A.JSON', 'b.csv', 'c.txt'].map(formatOfFileName)).toEqual(['ndjson', 'ndjson', 'jsonld', 'json', 'csv', undefined]);
  });
});
