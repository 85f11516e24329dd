import { describe, expect, it } from 'vitest';
import { splitJson, type JsonPiece } from './json-splitter';
import { stringSource } from './text-source';

async function pieces(text: string, chunkSize: number, streamKeys: string[] = []): Promise<JsonPiece[]> {
  const out: JsonPiece[] = [];
  for await (const p of splitJson(stringSource(text, chunkSize).chunks(), new Set(streamKeys))) out.push(p);
  return out;
}

const ARRAY = ` [ {"a": "x,]}\\"y", "b": [1, {"c": null}]}, 42 , "s\\u00e9",true,{"d":{}} , [] ]  `;

describe('splitJson', () => {
  it('cuts a top-level array into its elements at every chunk size', async () => {
    const expected = JSON.parse(ARRAY) as unknown[];
    for (const size of [1, 2, 3, 7, 1000]) {
      const got = await pieces(ARRAY, size);
      expect(got.map((p) => p.kind)).toEqual(expected.map(() => 'element'));
      expect(got.map((p) => JSON.parse(p.text))).toEqual(expected);
    }
  });

  it('hands out members of a top-level object and streams the named array member', async () => {
    const doc = JSON.stringify({ '@context': { '@vocab': 'https://schema.org/' }, '@graph': [{ '@id': 'a' }, { '@id': 'b', n: [1, 2] }], note: 'x' }, null, 2);
    for (const size of [1, 5, 4096]) {
      const got = await pieces(doc, size, ['@graph']);
      expect(got).toEqual([
        { kind: 'member', key: '@context', text: expect.any(String) },
        { kind: 'streamed', key: '@graph', index: 0, text: expect.any(String) },
        { kind: 'streamed', key: '@graph', index: 1, text: expect.any(String) },
        { kind: 'member', key: 'note', text: '"x"' },
      ]);
      expect(JSON.parse(got[2]!.text)).toEqual({ '@id': 'b', n: [1, 2] });
    }
  });

  it('keeps a member whole when it is not to be streamed', async () => {
    const got = await pieces('{"k\\"ey": [1,2], "n": 3.5e2}', 3);
    expect(got).toEqual([
      { kind: 'member', key: 'k"ey', text: '[1,2]' },
      { kind: 'member', key: 'n', text: '3.5e2' },
    ]);
  });

  it('rejects documents that are not an array or object, or are cut short', async () => {
    await expect(pieces('42', 10)).rejects.toThrow(/array or object/);
    await expect(pieces('[{"a":1}', 3)).rejects.toThrow(/before it is complete/);
    await expect(pieces('[1]]', 3)).rejects.toThrow();
    await expect(pieces('   ', 3)).rejects.toThrow(/empty/);
  });
});
