import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVocabDir } from './data-files';

const root = resolve(defaultVocabDir(), '../..');
const source = resolve(root, '../shared/vocab');
const files = ['schemaorg.json', 'naics.json', 'onet.json'];

describe('generated vocabulary files', () => {
  // The sources sit beside the clone on developer machines and in CI; elsewhere there is nothing to compare.
  it.skipIf(!existsSync(source))('are what the generator makes from the shared sources (run npm run vocab:build when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'vocab-build-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/vocab/build.mjs'), source, '--out', out], { stdio: 'pipe' });
      for (const file of files) expect(readFileSync(join(out, file), 'utf8') === readFileSync(join(defaultVocabDir(), file), 'utf8'), file).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('carry their attribution', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(defaultVocabDir(), f), 'utf8')).about;
    expect(read('schemaorg.json').attribution).toContain('CC BY-SA 3.0');
    expect(read('naics.json').credit).toContain('U.S. Census Bureau');
    expect(read('onet.json').attribution).toContain('CC BY 4.0');
    expect(readFileSync(join(root, 'NOTICE'), 'utf8')).toContain('USDOL/ETA has not');
  });
});
