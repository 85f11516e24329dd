/** Pure helpers of the history panel: labels, the versions to compare, values as short text. */
import type { AuditAction, AuditEntry } from '../../../shared/governance/audit-entry';

const LABELS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Edited',
  patch: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
  revert: 'Reverted',
  reveal: 'Revealed',
  expire: 'Expired',
  archive: 'Archived',
  migrate: 'Migrated',
  erase: 'Erased',
};

/** What the timeline says an action was. */
export function actionLabel(action: AuditAction): string {
  return LABELS[action];
}

/** True when the entry changed data (a reveal only read it). */
export function changesData(entry: AuditEntry): boolean {
  return entry.action !== 'reveal';
}

/** The versions that can be compared, newest first. */
export function versionsOf(entries: readonly AuditEntry[]): number[] {
  return [...new Set(entries.filter(changesData).map((e) => e.version))].sort((a, b) => b - a);
}

/** The pair a click on an entry compares: the version before it and its own. */
export function pairFor(entry: AuditEntry): { from: number; to: number } {
  return { from: Math.max(0, entry.version - 1), to: entry.version };
}

/** A value as one line of text: `—` for absent, JSON for structures (shortened). */
export function formatValue(value: unknown, max = 140): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A timestamp as the user's local date and time, to the second. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Where a change came from, for the timeline's second line: `127.0.0.1 · Chrome` or the transport. */
export function originOf(entry: AuditEntry): string {
  const parts = [entry.context.ip, entry.context.userAgent ? browserOf(entry.context.userAgent) : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : entry.context.transport;
}

function browserOf(userAgent: string): string {
  const match = /(Firefox|Edg|Chrome|Chromium|Safari|Electron)\/[\d.]+/.exec(userAgent);
  return match ? match[0].split('/')[0]! : userAgent.slice(0, 40);
}
