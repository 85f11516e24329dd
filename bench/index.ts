/**
 * `npm run bench`: every benchmark in turn, each printing its figures and ratios. Name some to
 * run only those (`npm run bench -- store vocab`); the UI benchmark builds the app first.
 */
import { spawnSync } from 'node:child_process';

const ALL = ['vocab', 'store', 'aggregate', 'governance', 'import', 'ui'] as const;
const chosen = process.argv.slice(2).filter((name) => (ALL as readonly string[]).includes(name));
const unknown = process.argv.slice(2).filter((name) => !(ALL as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${ALL.join(', ')}`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of chosen.length > 0 ? chosen : ALL) {
  console.log(`\n=== bench:${name} ===`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', `bench:${name}`], { stdio: 'inherit' });
  console.log(`=== bench:${name} ${run.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
