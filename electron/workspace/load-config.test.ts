import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkspaceConfig } from './load-config';
import { ConfigError } from './config-error';
import { openWorkspace } from './workspace';
import { readRecentWorkspaces, rememberWorkspace } from './recent-workspaces';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'workspace-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function problems(): Promise<ConfigError> {
  const error = await loadWorkspaceConfig(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadWorkspaceConfig', () => {
  it('gives the defaults when the folder has no configuration', async () => {
    expect(await loadWorkspaceConfig(dir)).toEqual({ file: null, config: { collections: {}, types: [], extend: {}, defaultCountryCode: '1', defaultPii: true } });
  });

  it('loads a TypeScript configuration with hook functions', async () => {
    writeFileSync(
      join(dir, 'studio.config.ts'),
      `const upper = (e: Record<string, unknown>) => ({ ...e, code: String(e.code).toUpperCase() });
export default {
  collections: {
    Person: { pii: ['email', 'ssn'], encrypted: ['ssn'], retention: { duration: '90 days', action: 'archive' }, sanitize: { email: 'email' }, beforeCreate: upper },
  },
};
`,
    );
    const { file, config } = await loadWorkspaceConfig(dir);
    expect(file).toBe(join(dir, 'studio.config.ts'));
    const person = config.collections.Person!;
    expect(person.encrypted).toEqual(['ssn']);
    expect(person.retention).toEqual({ duration: '90 days', action: 'archive', field: '$updatedAt' });
    expect(person.beforeCreate?.({ code: 'ab' }, { type: 'Person', action: 'create', actor: 'a', before: null })).toEqual({ code: 'AB' });
  });

  it('names the file, line and setting of a wrong value', async () => {
    writeFileSync(
      join(dir, 'studio.config.json'),
      `{
  "collections": {
    "Person": {
      "retention": { "duration": "soon", "action": "delete" }
    }
  }
}
`,
    );
    const error = await problems();
    expect(error.problems).toEqual([{ path: 'collections.Person.retention.duration', line: 4, message: expect.stringContaining('90 days') }]);
    expect(error.message).toContain('studio.config.json');
    expect(error.message).toContain('line 4');
  });

  it('reports JSON syntax errors with their line', async () => {
    writeFileSync(join(dir, 'studio.config.json'), '{\n  "collections": {\n    "Person": { pii: [] }\n  }\n}\n');
    const error = await problems();
    expect(error.problems[0]?.line).toBe(3);
    expect(error.problems[0]?.message).toMatch(/JSON syntax error/);
  });

  it('reports TypeScript syntax errors and throws while loading with their line', async () => {
    writeFileSync(join(dir, 'studio.config.ts'), 'export default {\n  collections: {\n    Person: { pii: [ }\n  },\n};\n');
    expect((await problems()).problems[0]?.line).toBe(3);
    writeFileSync(join(dir, 'studio.config.ts'), 'const x = 1;\nthrow new Error("no database url");\nexport default {};\n');
    const error = await problems();
    expect(error.problems[0]?.message).toContain('no database url');
  });

  it('reports unknown settings instead of ignoring a typo', async () => {
    writeFileSync(join(dir, 'studio.config.json'), JSON.stringify({ collections: { Person: { retension: {} } } }, null, 2));
    const error = await problems();
    expect(error.problems[0]?.message).toMatch(/retension/);
  });
});

describe('openWorkspace', () => {
  it('opens a broken configuration read-only, with the defaults and the error', async () => {
    writeFileSync(join(dir, 'studio.config.json'), '{ "collections": 3 }');
    const ws = await openWorkspace(dir);
    expect(ws.readOnly).toBe(true);
    expect(ws.configError?.file).toBe(join(dir, 'studio.config.json'));
    expect(ws.dbFile).toBe(join(dir, 'studio.db'));
    expect(ws.config.collections).toEqual({});
  });

  it('remembers recent workspaces, most recent first, without duplicates', () => {
    const file = join(dir, 'recent.json');
    rememberWorkspace(file, '/a');
    rememberWorkspace(file, '/b');
    expect(rememberWorkspace(file, '/a')).toEqual(['/a', '/b']);
    writeFileSync(file, 'garbage');
    expect(readRecentWorkspaces(file)).toEqual([]);
  });
});
