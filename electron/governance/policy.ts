/**
 * The governance policy in force: per type, its personal-data and encrypted fields, sanitizers,
 * enrichments, hook functions, retention, cache and indexes. Built from the workspace
 * configuration, the built-in Person defaults and the settings edited in the app (which win).
 */
import type { CollectionSettings } from '../../shared/governance/collection-settings';
import { DEFAULT_PII_POLICY, piiFieldsFrom, type PiiField, type PiiPolicy } from '../../shared/governance/pii-policy';
import type { SanitizerName } from '../../shared/governance/sanitizers';
import type { CollectionConfig, HookFunction, WorkspaceConfig } from '../workspace/config-schema';

/** What governs one type. */
export interface TypePolicy {
  type: string;
  pii: Record<string, PiiField>;
  /** The encrypted fields (each also in `pii`). */
  encrypted: string[];
  sanitize: Record<string, SanitizerName>;
  enrich: Array<'age'>;
  hooks: { beforeCreate?: HookFunction; beforeUpdate?: HookFunction; afterCreate?: HookFunction; afterUpdate?: HookFunction };
  retention?: CollectionSettings['retention'];
  cache?: CollectionSettings['cache'];
  indexes: NonNullable<CollectionSettings['indexes']>;
  /** The JSON settings as configured (the settings screen shows and edits these). */
  settings: CollectionSettings;
}

/** The policy of every type, with a fast answer for types nothing governs. */
export class GovernancePolicy {
  private readonly types = new Map<string, TypePolicy>();

  constructor(
    config: WorkspaceConfig,
    overrides: Readonly<Record<string, CollectionSettings>> = {},
    readonly defaultCountryCode = config.defaultCountryCode,
  ) {
    const declared = schemaPii(config);
    const names = new Set([...Object.keys(config.collections), ...Object.keys(overrides), ...Object.keys(declared), ...(config.defaultPii ? Object.keys(DEFAULT_PII_POLICY) : [])]);
    for (const type of names) {
      const configured: CollectionConfig | undefined = config.collections[type];
      const settings: CollectionSettings = { ...stripHooks(configured), ...(overrides[type] ?? {}) };
      const defaults = config.defaultPii ? (DEFAULT_PII_POLICY[type] ?? {}) : {};
      const pii = { ...defaults, ...(declared[type] ?? {}), ...piiFieldsFrom(settings.pii ?? [], settings.encrypted ?? []) };
      this.types.set(type, {
        type,
        pii,
        encrypted: Object.entries(pii)
          .filter(([, f]) => f.encrypted)
          .map(([name]) => name),
        sanitize: (settings.sanitize ?? {}) as Record<string, SanitizerName>,
        enrich: settings.enrich ?? [],
        hooks: {
          ...(configured?.beforeCreate ? { beforeCreate: configured.beforeCreate } : {}),
          ...(configured?.beforeUpdate ? { beforeUpdate: configured.beforeUpdate } : {}),
          ...(configured?.afterCreate ? { afterCreate: configured.afterCreate } : {}),
          ...(configured?.afterUpdate ? { afterUpdate: configured.afterUpdate } : {}),
        },
        ...(settings.retention ? { retention: settings.retention } : {}),
        ...(settings.cache ? { cache: settings.cache } : {}),
        indexes: settings.indexes ?? [],
        settings,
      });
    }
  }

  /** The policy of a type (undefined when nothing governs it). */
  forType(type: string): TypePolicy | undefined {
    return this.types.get(type);
  }

  /** Every governed type's policy. */
  all(): TypePolicy[] {
    return [...this.types.values()];
  }

  /** The personal-data fields of every type, for masking. */
  piiPolicy(): PiiPolicy {
    const out: PiiPolicy = {};
    for (const p of this.types.values()) if (Object.keys(p.pii).length > 0) out[p.type] = p.pii;
    return out;
  }

  /** The types with encrypted fields, with their tenant property (for key rotation). */
  encryptedTypes(): Map<string, { fields: string[]; tenantField?: string }> {
    const out = new Map<string, { fields: string[]; tenantField?: string }>();
    for (const p of this.types.values()) {
      if (p.encrypted.length > 0) out.set(p.type, { fields: p.encrypted, ...(p.settings.tenantField ? { tenantField: p.settings.tenantField } : {}) });
    }
    return out;
  }

  /** True when writes of the type need more than the plain store path (hooks, sanitizers, encryption). */
  rewritesWrites(type: string): boolean {
    const p = this.types.get(type);
    if (!p) return false;
    return p.encrypted.length > 0 || Object.keys(p.sanitize).length > 0 || p.enrich.length > 0 || Object.keys(p.hooks).length > 0;
  }
}

/** Personal-data and encrypted flags the configuration's custom types and type extensions declare on their properties. */
function schemaPii(config: WorkspaceConfig): Record<string, Record<string, PiiField>> {
  const out: Record<string, Record<string, PiiField>> = {};
  const add = (type: string, properties: Record<string, { pii?: boolean; encrypted?: boolean }>): void => {
    for (const [field, p] of Object.entries(properties)) {
      if (!p.pii && !p.encrypted) continue;
      out[type] = { ...(out[type] ?? {}), ...piiFieldsFrom([field], p.encrypted ? [field] : []) };
    }
  };
  for (const t of config.types) add(t.name, t.properties);
  for (const [type, extension] of Object.entries(config.extend)) add(type, extension.properties);
  return out;
}

function stripHooks(config: CollectionConfig | undefined): CollectionSettings {
  if (!config) return {};
  const { beforeCreate: _a, beforeUpdate: _b, afterCreate: _c, afterUpdate: _d, ...settings } = config;
  return settings;
}
