/** Writes streamed text to a file or stdout, waiting when the stream asks to (so big exports stay small in memory). */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes every chunk to `path` (or stdout when undefined) and resolves once it is all flushed. */
export async function writeOutput(chunks: AsyncIterable<string>, path: string | undefined): Promise<void> {
  const out = path ? createWriteStream(path) : process.stdout;
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (path) await new Promise<void>((done, fail) => (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? fail(error) : done())));
}
