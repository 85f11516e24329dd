/**
 * The collection settings form's model and its conversion to and from the settings JSON.
 * Text inputs hold comma-separated lists; what the form does not show (sanitizers,
 * enrichments, tenant field) is carried over from the saved settings unchanged.
 */
import type { CollectionSettings } from '../../../shared/governance/collection-settings';
import type { PiiKind } from '../../../shared/governance/masking';
import type { PiiField } from '../../../shared/governance/pii-policy';

/** One personal-data field as the form edits it. */
export interface PiiRow {
  field: string;
  kind: PiiKind;
  encrypted: boolean;
}

/** One index as the form edits it. */
export interface IndexRow {
  fields: string;
  unique: boolean;
  ttl: string;
}

/** The form's model. */
export interface SettingsForm {
  pii: PiiRow[];
  retention: { enabled: boolean; duration: string; action: 'delete' | 'soft-delete' | 'archive'; field: string };
  cache: { enabled: boolean; ttl: string; invalidateOn: string };
  indexes: IndexRow[];
  softDelete: boolean;
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The form's model from saved settings and the personal-data fields in force. */
export function toForm(settings: CollectionSettings, pii: Record<string, PiiField>): SettingsForm {
  return {
    pii: Object.entries(pii).map(([field, f]) => ({ field, kind: f.kind, encrypted: f.encrypted })),
    retention: settings.retention
      ? { enabled: true, duration: settings.retention.duration, action: settings.retention.action, field: settings.retention.field }
      : { enabled: false, duration: '90 days', action: 'delete', field: '$updatedAt' },
    cache: settings.cache
      ? { enabled: settings.cache.enabled, ttl: String(settings.cache.ttl), invalidateOn: settings.cache.invalidateOn.join(', ') }
      : { enabled: false, ttl: '60', invalidateOn: '' },
    indexes: (settings.indexes ?? []).map((i) => ({ fields: i.fields.join(', '), unique: i.unique ?? false, ttl: i.expireAfterSeconds === undefined ? '' : String(i.expireAfterSeconds) })),
    softDelete: settings.softDelete ?? false,
  };
}

/** The settings JSON the form describes, keeping what it does not show from `saved`. */
export function fromForm(form: SettingsForm, saved: CollectionSettings): CollectionSettings {
  const rows = form.pii.filter((r) => r.field.trim());
  const out: CollectionSettings = {
    ...saved,
    pii: Object.fromEntries(rows.map((r) => [r.field.trim(), { kind: r.kind, encrypted: r.encrypted }])),
    encrypted: rows.filter((r) => r.encrypted).map((r) => r.field.trim()),
    indexes: form.indexes
      .filter((i) => list(i.fields).length > 0)
      .map((i) => ({ fields: list(i.fields), ...(i.unique ? { unique: true } : {}), ...(i.ttl.trim() ? { expireAfterSeconds: Number(i.ttl) } : {}) })),
    softDelete: form.softDelete,
  };
  if (form.retention.enabled) out.retention = { duration: form.retention.duration.trim(), action: form.retention.action, field: form.retention.field.trim() || '$updatedAt' };
  else delete out.retention;
  if (form.cache.enabled || saved.cache) {
    out.cache = { enabled: form.cache.enabled, ttl: Number(form.cache.ttl) || 60, invalidateOn: list(form.cache.invalidateOn), maxEntries: saved.cache?.maxEntries ?? 1000 };
  }
  return out;
}
