import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/governance/audit-entry';
import { actionLabel, formatValue, originOf, pairFor, versionsOf } from './history-model';

const entry = (seq: number, version: number, action: AuditEntry['action'] = 'update'): AuditEntry => ({
  seq,
  timestamp: '2026-01-01T00:00:00.000Z',
  actor: 'ann',
  action,
  type: 'Person',
  id: 'p1',
  version,
  changes: [],
  context: { transport: 'http', ip: '127.0.0.1', userAgent: 'Mozilla/5.0 Chrome/156.0 Safari/537.36' },
});

describe('history model', () => {
  it('lists comparable versions, leaving reveals out', () => {
    expect(versionsOf([entry(4, 3, 'reveal'), entry(3, 3), entry(2, 2), entry(1, 1, 'create')])).toEqual([3, 2, 1]);
  });

  it('compares an entry with the version before it', () => {
    expect(pairFor(entry(3, 3))).toEqual({ from: 2, to: 3 });
    expect(pairFor(entry(1, 1, 'create'))).toEqual({ from: 0, to: 1 });
  });

  it('shows values as short text', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue({ city: 'Oslo' })).toBe('{"city":"Oslo"}');
    expect(formatValue('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('labels actions and origins', () => {
    expect(actionLabel('patch')).toBe('Edited');
    expect(originOf(entry(1, 1))).toBe('127.0.0.1 · Chrome');
    expect(originOf({ ...entry(1, 1), context: { transport: 'ipc' } })).toBe('ipc');
  });
});
