/** `semantic-studio demo`: creates a database full of realistic demo data. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openServices } from '../app/services';
import { seedDemo } from '../demo/seed-demo';
import { UsageError } from './usage-error';

export const DEMO_HELP = `Usage: semantic-studio demo [--db PATH] [--people N] [--seed N] [--force]

Creates a demo database: people with O*NET occupations working at NAICS-coded organizations,
products with offers and ratings, orders, subscriptions, blog posts and a month of metrics.
  --db PATH     SQLite file to create (default ./studio.db)
  --people N    number of people; orders scale with it (default 500)
  --seed N      random seed, for the same data every time (default 42)
  --force       add the demo data to an existing database
Prints one JSON line per type created: {"type":"Person","count":500}`;

/** Runs the command. */
export async function demoCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'studio.db' },
      people: { type: 'string', default: '500' },
      seed: { type: 'string', default: '42' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(DEMO_HELP);
    return;
  }
  const people = Number(values.people);
  const seed = Number(values.seed);
  if (!Number.isInteger(people) || people < 1 || people > 2_000_000) throw new UsageError('--people must be a whole number from 1 to 2000000');
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  const file = resolve(values.db);
  if (existsSync(file) && !values.force) throw new UsageError(`${file} already exists: pass --force to add demo data to it`);
  // Through the composition root, so demo data passes the same validation as any write.
  const services = openServices({ dbFile: file, mode: 'server' });
  try {
    const started = Date.now();
    await seedDemo(services.store, { people, seed }, (type, count) => console.log(JSON.stringify({ type, count })));
    console.error(`Demo data written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    services.close();
  }
}
