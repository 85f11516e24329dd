/**
 * An import's progress on stderr: one line rewritten in place on a terminal, a line every few
 * seconds when stderr is a file or a pipe (so logs stay readable), nothing with --quiet.
 */
import type { ImportStatus } from '../../shared/channels/transfer';

const LOG_EVERY_MS = 5000;

/** `1:05` / `1:02:03` */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** One progress line: counts, rate, how far and how long is left. */
export function progressLine(status: ImportStatus): string {
  const parts = [
    `${status.read.toLocaleString('en-US')} read`,
    `${(status.created + status.updated).toLocaleString('en-US')} written`,
    `${status.rejected.toLocaleString('en-US')} rejected`,
    `${status.rowsPerSecond.toLocaleString('en-US')} rows/s`,
  ];
  if (status.fraction !== null) parts.push(`${(status.fraction * 100).toFixed(1)}%`);
  if (status.secondsLeft !== null && status.state === 'running') parts.push(`${formatDuration(status.secondsLeft)} left`);
  return parts.join(' · ');
}

/** Writes progress to a stream (stderr); `done()` ends the rewritten line. */
export function progressReporter(stream: NodeJS.WriteStream, quiet: boolean): { update(status: ImportStatus): void; done(): void } {
  let lastLog = 0;
  let drawn = false;
  return {
    update(status) {
      if (quiet) return;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${progressLine(status)}`);
        drawn = true;
      } else if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now();
        stream.write(`${progressLine(status)}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
