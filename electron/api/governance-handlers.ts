/**
 * Handlers of the `audit.*` and `settings.*` channels, over governance. Everything they answer
 * is masked here, in the main process: audit values, rebuilt entities, evolution samples.
 * Only `audit.reveal` returns personal data in the clear, for a stated reason, and it is audited.
 */
import { join } from 'node:path';
import type { auditChannels } from '../../shared/channels/audit';
import type { settingsChannels } from '../../shared/channels/settings';
import { StudioError } from '../../shared/errors';
import type { Entity } from '../../shared/entity';
import { CollectionSettingsSchema } from '../../shared/governance/collection-settings';
import { maskEntity } from '../../shared/governance/pii-policy';
import { verifyAuditChain } from '../governance/audit/audit-log';
import { AuditService } from '../governance/audit/audit-service';
import { currentRequest, withRequest } from '../governance/audit/request-scope';
import type { Governance } from '../governance/governance';
import { applyEvolution, previewEvolution } from '../governance/migrations/apply-evolution';
import { backupDatabase } from '../governance/migrations/backup';
import { migrateDown, migrateUp, migrationStatus } from '../governance/migrations/runner';
import { maskAuditEntry, maskChanges, maskFieldValue, typePii } from '../governance/pii/mask-output';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { previewRetention, sweepRetention } from '../governance/retention/retention';
import type { RequestContext } from './context';
import type { HandlersFor } from './handlers';

/** The names of the governance channels. */
export type GovernanceChannel = keyof typeof auditChannels | keyof typeof settingsChannels;

/** Where a workspace keeps migrations and backups (null for a bare database file: no migrations). */
export interface GovernancePlaces {
  migrationsDir: string | null;
  backupDir: string;
}

function noMigrations(): StudioError {
  return new StudioError('NOT_FOUND', 'This database was opened without a workspace folder, so it has no migrations: open it with --workspace DIR.');
}

/** The `audit.*` and `settings.*` handlers. */
export function governanceHandlers(gov: Governance, places: GovernancePlaces, lookup?: DescriptorLookup): HandlersFor<GovernanceChannel> {
  const audit = new AuditService(gov);
  const pii = (type: string) => typePii(gov.policy().piiPolicy(), lookup, type);
  // Nested personal data (an Order's embedded customer's e-mail) is found through the vocabulary
  // and through the types the stored entity's embedded entities name.
  const piiOf = async (type: string, id: string) => typePii(gov.policy().piiPolicy(), lookup, type, await audit.stored(type, id));
  const mask = <T extends Entity | null>(e: T): T => (e ? maskEntity(e, gov.policy().piiPolicy()) : e);
  const view = (type: string) => {
    const p = gov.policy().forType(type);
    return { type, settings: CollectionSettingsSchema.parse(p?.settings ?? {}), pii: p?.pii ?? {}, hooks: Object.keys(p?.hooks ?? {}) };
  };
  const actor = (ctx: RequestContext) => ctx.actor;

  return {
    'audit.history': async ({ type, id, limit, beforeSeq }) => {
      const page = await audit.history(type, id, { limit, beforeSeq });
      const shape = await piiOf(type, id);
      return { entries: page.entries.map((e) => maskAuditEntry(e, shape, gov.keyState().key)), next: page.next };
    },
    'audit.at': async ({ type, id, version, time }) => mask(version !== undefined ? await audit.atVersion(type, id, version) : await audit.atTime(type, id, time!)),
    'audit.compare': async ({ type, id, from, to }) => {
      const changes = await audit.compare(type, id, from, to);
      return { changes: maskChanges(await piiOf(type, id), changes) };
    },
    'audit.revertPreview': async ({ type, id, version, field }) => {
      const preview = await audit.previewRevert(type, id, version, field);
      return { changes: maskChanges(await piiOf(type, id), preview.changes), warnings: preview.warnings };
    },
    'audit.revert': async ({ type, id, version, field, expectedVersion }) => mask(await audit.revert(type, id, version, { field, expectedVersion })),
    'audit.whoChanged': async ({ type, id, field }) => {
      const items = await audit.whoChanged(type, id, field);
      const shape = await piiOf(type, id);
      return items.map((item) => ({
        ...item,
        ...('oldValue' in item ? { oldValue: maskFieldValue(shape, item.field, item.oldValue) } : {}),
        ...('newValue' in item ? { newValue: maskFieldValue(shape, item.field, item.newValue) } : {}),
      }));
    },
    'audit.reveal': async ({ type, id, fields, reason }) => ({ values: await audit.reveal(type, id, fields, reason) }),
    'audit.verify': async () => gov.raw().connection((db) => verifyAuditChain(db)),

    'settings.collections': async () => gov.policy().all().map((p) => view(p.type)),
    'settings.collection': async ({ type }) => view(type),
    'settings.saveCollection': async ({ type, settings }) => {
      await gov.saveSettings(type, settings);
      return view(type);
    },
    'settings.governance': async () => {
      const state = gov.keyState();
      return {
        configFile: gov.configFile,
        configProblems: gov.configError?.problems ?? [],
        readOnly: gov.readOnly,
        key: { source: state.info.source, protected: state.info.protected, available: state.key !== null, warning: state.problem ?? state.info.warning ?? null },
      };
    },
    'settings.cacheStats': async () => gov.cache.statistics(),
    'settings.retentionPreview': async ({ type }, ctx) =>
      (await previewRetention(gov.raw(), gov.policy(), { type, ...(ctx.tenant !== undefined ? { tenant: ctx.tenant } : {}) })).map((r) => ({
        ...r,
        sample: r.sample.map((s) => ({ ...s, label: String(maskFieldValue(pii(r.type), 'name', s.label)) })),
      })),
    'settings.retentionSweep': async ({ type }) => sweepRetention(gov.raw(), gov.policy(), { type }),
    'settings.migrations': async () => {
      if (!places.migrationsDir) return { dir: null, applied: [], pending: [], missing: [] };
      return { dir: places.migrationsDir, ...(await migrationStatus(gov.store(), places.migrationsDir)) };
    },
    'settings.migrateUp': async ({ to }, ctx) => {
      if (!places.migrationsDir) throw noMigrations();
      return migrateUp({ store: gov.store(), dir: places.migrationsDir, backupDir: places.backupDir, actor: actor(ctx), onChanged: () => gov.cache.clear() }, { to });
    },
    'settings.migrateDown': async ({ to, steps }, ctx) => {
      if (!places.migrationsDir) throw noMigrations();
      return migrateDown({ store: gov.store(), dir: places.migrationsDir, backupDir: places.backupDir, actor: actor(ctx), onChanged: () => gov.cache.clear() }, { to, steps });
    },
    'settings.evolvePreview': async ({ type, evolution }) => {
      const preview = await previewEvolution(gov.store(), type, evolution);
      const masked = (doc: Record<string, unknown>) => maskEntity<Record<string, unknown>>({ $type: type, ...doc }, gov.policy().piiPolicy());
      return {
        ...preview,
        sample: preview.sample.map((s) => {
          const { $type: _a, $masked: _b, ...before } = masked(s.before);
          const { $type: _c, $masked: _d, ...after } = masked(s.after);
          return { id: s.id, before, after };
        }),
      };
    },
    'settings.evolve': async ({ type, evolution }, ctx) => {
      const backup = await backupDatabase(gov.raw(), places.backupDir, `before-evolve-${type}`);
      const request = { ...(currentRequest() ?? ctx), auditAction: 'migrate' as const, reason: `${evolution.op} on ${type}` };
      const changed = await withRequest(request, () => gov.store().transaction((tx) => applyEvolution(tx, type, evolution)));
      gov.cache.clear();
      return { changed, backup };
    },
  };
}

/** The backup folder of a workspace or of a bare database file. */
export function backupDirFor(dir: string): string {
  return join(dir, 'backups');
}
