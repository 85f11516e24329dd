// Repeats the tsconfig fence as an import rule: shared/ is pure, the engine never imports
// electron, the renderer never imports Node or electron. Exits 1 naming each violation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SHELL_FILES = new Set(['electron/main.ts', 'electron/preload.ts']);
const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|crypto$|http$|net$|url$|util$|worker_threads$)/;

const rules = [
  { zone: 'shared/', forbid: (spec) => NODE_BUILTIN.test(spec) || /^(electron|react|react-dom|better-sqlite3)(\/|$)/.test(spec) || spec.includes('/electron/') || spec.includes('/renderer/') },
  { zone: 'electron/', forbid: (spec, file) => !SHELL_FILES.has(file) && !file.startsWith('electron/shell/') && /^electron(\/|$)/.test(spec) },
  { zone: 'electron/', forbid: (spec) => /^(react|react-dom)(\/|$)/.test(spec) || spec.includes('/renderer/') },
  { zone: 'renderer/', forbid: (spec) => NODE_BUILTIN.test(spec) || /^(electron|better-sqlite3)(\/|$)/.test(spec) || spec.includes('/electron/') },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path;
  }
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const problems = [];
for (const top of ['shared', 'electron', 'renderer']) {
  for (const path of files(top)) {
    const file = relative('.', path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const typeOnly = /^\s*import\s+type\s/.test(match[0].trimStart()) || /^\s*export\s+type\s/.test(match[0].trimStart());
      for (const rule of rules) {
        if (file.startsWith(rule.zone) && rule.forbid(spec, file) && !(typeOnly && file.startsWith('electron/'))) {
          problems.push(`${file}: imports "${spec}", which its zone (${rule.zone}) may not use`);
        }
      }
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('zones: ok');
