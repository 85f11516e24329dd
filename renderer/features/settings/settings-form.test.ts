import { describe, expect, it } from 'vitest';
import { fromForm, toForm } from './settings-form';

describe('settings form', () => {
  it('round-trips settings and keeps what the form does not show', () => {
    const saved = {
      pii: { email: { kind: 'email' as const } },
      encrypted: ['ssn'],
      retention: { duration: '90 days', action: 'archive' as const, field: '$updatedAt' },
      cache: { enabled: true, ttl: 30, invalidateOn: ['Organization'], maxEntries: 500 },
      indexes: [{ fields: ['email'], unique: true }, { fields: ['expires'], expireAfterSeconds: 3600 }],
      sanitize: { email: 'email' },
      softDelete: true,
    };
    const pii = { email: { kind: 'email' as const, encrypted: false }, ssn: { kind: 'identifier' as const, encrypted: true } };
    const form = toForm(saved, pii);
    expect(form.indexes).toEqual([
      { fields: 'email', unique: true, ttl: '' },
      { fields: 'expires', unique: false, ttl: '3600' },
    ]);
    expect(fromForm(form, saved)).toEqual({
      ...saved,
      pii: { email: { kind: 'email', encrypted: false }, ssn: { kind: 'identifier', encrypted: true } },
      encrypted: ['ssn'],
    });
  });

  it('drops retention when it is switched off and ignores empty rows', () => {
    const form = toForm({ retention: { duration: '1 day', action: 'delete', field: '$updatedAt' } }, {});
    form.retention.enabled = false;
    form.pii.push({ field: ' ', kind: 'text', encrypted: false });
    form.indexes.push({ fields: ' , ', unique: false, ttl: '' });
    expect(fromForm(form, {})).toEqual({ pii: {}, encrypted: [], indexes: [], softDelete: false });
  });
});
