/** A custom type version's property diff as short lines a person reads: `+ seats`, `− notes`, `~ status: enum[2] added "paused"`. */
import type { z } from 'zod';
import type { DefinitionDiffSchema } from '../../../shared/channels/types';

type DefinitionDiff = z.infer<typeof DefinitionDiffSchema>;
type Change = DefinitionDiff['other'][number];

/** One line of a diff and how it reads: added, removed or changed. */
export interface DiffLine {
  tone: 'added' | 'removed' | 'changed';
  text: string;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

/** Two lists of names as what was dropped and what was added: `−basic +paused`. */
function listChange(old: unknown[], now: unknown[]): string {
  const dropped = old.filter((v) => !now.includes(v)).map((v) => `−${String(v)}`);
  const added = now.filter((v) => !old.includes(v)).map((v) => `+${String(v)}`);
  return [...dropped, ...added].join(' ') || 'reordered';
}

function describeChange(c: Change): string {
  const has = (key: 'oldValue' | 'newValue') => Object.prototype.hasOwnProperty.call(c, key);
  if (Array.isArray(c.oldValue) && Array.isArray(c.newValue)) return `${c.field} ${listChange(c.oldValue, c.newValue)}`;
  if (!has('oldValue')) return `${c.field} added ${show(c.newValue)}`;
  if (!has('newValue')) return `${c.field} removed ${show(c.oldValue)}`;
  return `${c.field} ${show(c.oldValue)} → ${show(c.newValue)}`;
}

/** The lines of a diff: properties added, removed and changed, then other changes (parent, description, rules). */
export function diffLines(diff: DefinitionDiff): DiffLine[] {
  return [
    ...diff.added.map((name): DiffLine => ({ tone: 'added', text: `+ ${name}` })),
    ...diff.removed.map((name): DiffLine => ({ tone: 'removed', text: `− ${name}` })),
    ...diff.changed.map((p): DiffLine => ({ tone: 'changed', text: `~ ${p.name}: ${p.changes.map(describeChange).join('; ')}` })),
    ...diff.other.map((c): DiffLine => ({ tone: 'changed', text: `~ ${describeChange(c)}` })),
  ];
}
