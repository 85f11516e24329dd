/**
 * The other program of the locked-file tests: opens the database with its own connection,
 * takes SQLite's write lock with BEGIN EXCLUSIVE and holds it until it reads "release" on
 * stdin. Prints "LOCKED" once it holds the lock and "RELEASED" once it let go.
 */
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

const [dbFile] = process.argv.slice(2);
if (!dbFile) throw new Error('usage: lock-holder <db file>');
const db = new Database(dbFile, { fileMustExist: true });
db.exec('BEGIN EXCLUSIVE');
process.stdout.write('LOCKED\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'release') continue;
  db.exec('ROLLBACK');
  db.close();
  process.stdout.write('RELEASED\n');
  break;
}
