import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPES_HELP } from './types-command';

const BIN = new URL('../../bin/semantic-studio.mjs', import.meta.url).pathname;
let dir: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const plan = { name: 'Plan2', extends: 'Intangible', properties: { tier: { enum: ['free', 'pro'] } } };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-types-cli-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  writeFileSync(join(dir, 'plan-v2.json'), JSON.stringify({ ...plan, properties: { tier: { enum: ['free', 'pro', 'team'] }, seats: { range: 'Integer' } } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('semantic-studio types', () => {
  it('defines a type in a database file and refuses a stale expected version (exit 1)', () => {
    const first = cli(['types', 'define', 'plan.json', '--db', 'studio.db']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ name: 'Plan2', version: 1, changed: true });
    expect(first.stderr).toContain('Stored Plan2 version 1');

    const stale = cli(['types', 'define', 'plan-v2.json', '--db', 'studio.db', '--expected-version', '0']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('CONFLICT: Plan2 is at version 1, not 0');
  });

  it('stores the next version, lists it, and prints the history newest first with the diff', () => {
    expect(JSON.parse(cli(['types', 'define', 'plan-v2.json', '--db', 'studio.db', '--expected-version', '1']).stdout)).toMatchObject({ version: 2 });
    expect(lines(cli(['types', 'list', '--db', 'studio.db']).stdout).find((t) => t.name === 'Plan2')).toMatchObject({ version: 2, origin: 'database' });
    const history = lines(cli(['types', 'history', 'Plan2', '--db', 'studio.db']).stdout);
    expect(history.map((v) => [v.version, v.kind])).toEqual([
      [2, 'update'],
      [1, 'define'],
    ]);
    expect(history[0]?.diff).toMatchObject({ added: ['seats'], changed: [{ name: 'tier' }] });
  });

  it('prints a refused definition with its paths (exit 1) and usage mistakes with the help (exit 2)', () => {
    const bad = cli(['types', 'define', '-', '--db', 'studio.db'], JSON.stringify({ name: 'Gadget', properties: { size: { range: 'Widgetish' } } }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('VALIDATION: Invalid custom type Gadget: properties.size.range: Unknown type or data type Widgetish');
    expect(cli(['types', 'list', '--db', 'missing.db'])).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.db does not exist') });
    const help = cli(['types', '--help']);
    expect(help.stdout.trim()).toBe(TYPES_HELP);
  });
});
