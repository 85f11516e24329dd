import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_HELP } from './backup-command';
import { CHECK_HELP } from './check-command';
import { EXPORT_HELP } from './export-command';
import { IMPORT_HELP } from './import-command';
import { QUERY_HELP } from './query-command';
import { VOCAB_HELP } from './vocab-command';

const BIN = new URL('../../bin/semantic-studio.mjs', import.meta.url).pathname;
let dir: string;
let db: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-cli-'));
  db = join(dir, 'demo.db');
  expect(cli(['demo', '--db', db, '--people', '30', '--seed', '7']).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('semantic-studio data commands', () => {
  it('has --help on each command', () => {
    const helps = { import: IMPORT_HELP, export: EXPORT_HELP, query: QUERY_HELP, backup: BACKUP_HELP, check: CHECK_HELP, vocab: VOCAB_HELP };
    for (const [command, help] of Object.entries(helps)) expect(help).toMatch(new RegExp(`^Usage: semantic-studio ${command}`));
    const r = cli(['import', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(IMPORT_HELP);
  });

  it('exports a query as CSV and imports it into a new database (stdout: the outcome as JSON)', () => {
    const csv = join(dir, 'people.csv');
    const exported = cli(['export', '--db', db, '--type', 'Person', '--where', '{"age":{"$gte":40}}', '--out', csv]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/Exported \d+ Person entities/);
    const rows = readFileSync(csv, 'utf8').trim().split('\r\n').length - 1;
    const imported = cli(['import', '--db', join(dir, 'copy.db'), '--type', 'Person', csv]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ state: 'done', created: rows, rejected: 0, committed: true });
    expect(imported.stderr).toMatch(/column "worksFor.name" → worksFor.name/);
    const count = cli(['query', '--db', join(dir, 'copy.db'), '--type', 'Person', '--count']);
    expect(count.stdout.trim()).toBe(String(rows));
  });

  it('query: a where filter in, NDJSON out', () => {
    const r = cli(['query', '--db', db, '--type', 'Person', '{"worksFor.name":"Acme Inc"}', '--order-by', '{"name":"asc"}', '--limit', '3']);
    expect(r.code).toBe(0);
    const people = lines(r.stdout);
    expect(people).toHaveLength(3);
    expect(people.every((p) => (p.worksFor as { name: string }).name === 'Acme Inc')).toBe(true);
    expect(people.map((p) => p.name)).toEqual([...people.map((p) => p.name)].sort());
  });

  it('exit codes: 2 for usage, 1 for a bad query or a rolled-back import, 3 for an import with rejected rows', () => {
    expect(cli(['query', '--db', db, '--type', 'Person', '{not json']).code).toBe(2);
    expect(cli(['import', '--db', db, 'rows.unknown']).code).toBe(2);
    const bad = cli(['query', '--db', db, '--type', 'Person', '{"age":{"$near":1}}']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/BAD_QUERY/);
    const rows = '{"$id":"cli-1","name":"Valid"}\n{"$id":"cli-2","name":"Invalid","email":"nope"}\n';
    const strict = cli(['import', '--db', db, '--type', 'Person', '--format', 'ndjson', '-'], rows);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ state: 'failed', committed: false, rejected: 1 });
    expect(cli(['query', '--db', db, '--type', 'Person', '--count', '{"$id":"cli-1"}']).stdout.trim()).toBe('0');
    const report = join(dir, 'rejected.ndjson');
    const lenient = cli(['import', '--db', db, '--type', 'Person', '--format', 'ndjson', '--mode', 'valid-rows', '--report', report, '-'], rows);
    expect(lenient.code).toBe(3);
    expect(lines(readFileSync(report, 'utf8'))).toEqual([{ row: 2, line: 2, id: 'cli-2', issues: [{ path: ['email'], message: expect.any(String) }] }]);
  });

  it('backup writes a verified copy and check reports integrity as JSON', () => {
    const copy = join(dir, 'backup.db');
    const b = cli(['backup', '--db', db, '--out', copy]);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toMatchObject({ file: copy, integrity: { ok: true, problems: ['ok'] } });
    expect(cli(['backup', '--db', db, '--out', copy]).code).toBe(2);
    const c = cli(['check', '--db', copy]);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toMatchObject({ ok: true, problems: ['ok'], sqliteVersion: expect.any(String) });
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    expect(cli(['check', '--db', garbage]).code).toBe(1);
  });

  it('vocab search prints one JSON line per hit', () => {
    const r = cli(['vocab', 'search', 'Organizaton', '--limit', '2']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatchObject({ name: 'Organization' });
    expect(cli(['vocab', 'find', 'x']).code).toBe(2);
  });
});
