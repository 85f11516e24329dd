/**
 * The store operations as governance sees them: writes run the collection's sanitizers and
 * hooks, encrypt encrypted fields and carry the request's context to the audit observer;
 * reads decrypt, go through the read cache, and answer equality queries on encrypted fields
 * from blind indexes. Everything else is the engine's.
 */
import { randomUUID } from 'node:crypto';
import type { Entity } from '../../shared/entity';
import type { StoreOps, TypeRef, WriteOptions } from '../store/types';
import { typeName } from '../store/type-ref';
import { applyPatch } from '../store/update-ops';
import type { AuditedContext } from './audit/audit-observer';
import { storeContext } from './audit/request-scope';
import type { ReadCache } from './cache/read-cache';
import { idsByBlindIndex } from './crypto/blind-index-store';
import { checkEncryptedOrder, rewriteEncryptedWhere } from './crypto/encrypted-where';
import { decryptFields, encryptFields } from './crypto/entity-crypto';
import type { FieldKey } from './crypto/field-key';
import { runAfterRules, runBeforeRules } from './hooks/write-rules';
import type { GovernancePolicy } from './policy';

/** What the governed operations need. */
export interface GovernedDeps {
  policy: () => GovernancePolicy;
  key: () => FieldKey | null;
  cache: ReadCache;
  /** Settles when governance is set up (tables, key check, declarations); every call waits for it. */
  ready?: Promise<void>;
}

type Doc = Record<string, unknown>;
const BOOKKEEPING = ['$type', '$id', '$version', '$createdAt', '$updatedAt'];

function propsOf(entity: Doc): Doc {
  const out: Doc = { ...entity };
  for (const key of BOOKKEEPING) delete out[key];
  return out;
}

function withContext<O extends { context?: AuditedContext }>(options: O | undefined, extra: Partial<AuditedContext> = {}): O {
  return { ...(options ?? ({} as O)), context: storeContext(options?.context, extra) };
}

/** Wraps one set of operations (the store's or a transaction's). */
export function governOps(ops: StoreOps, deps: GovernedDeps, inTransaction = false): StoreOps {
  const governed = governedOps(ops, deps, inTransaction);
  const ready = deps.ready;
  if (!ready || inTransaction) return governed;
  // Until set-up settles, every call waits for it; afterwards the wait is one resolved promise.
  const out = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(governed)) {
    out[name] = async (...args: unknown[]) => {
      await ready;
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return out as unknown as StoreOps;
}

function governedOps(ops: StoreOps, deps: GovernedDeps, inTransaction: boolean): StoreOps {
  const encryptedOf = (type: string): string[] => deps.policy().forType(type)?.encrypted ?? [];

  const decrypt = <T extends Entity | null>(entity: T): T => {
    if (!entity) return entity;
    const fields = encryptedOf(entity.$type);
    let out = fields.length > 0 ? decryptFields(deps.key(), entity.$type, entity.$id, entity, fields) : entity;
    // Populated references are whole entities of their own type.
    for (const [k, v] of Object.entries(out)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Doc).$type === 'string' && typeof (v as Doc).$id === 'string' && encryptedOf((v as Entity).$type).length > 0) {
        out = { ...out, [k]: decrypt(v as Entity) };
      }
    }
    return out;
  };

  const where = async (type: string, w: Doc | undefined, tenant: string | undefined): Promise<Doc | undefined> => {
    const fields = encryptedOf(type);
    if (fields.length === 0 || !w) return w;
    const key = deps.key();
    const lookups: Array<[string, unknown[]]> = [];
    rewriteEncryptedWhere(w, new Set(fields), (field, values) => (lookups.push([field, values]), []));
    if (lookups.length === 0) return w;
    const found = key ? await ops.connection((db) => lookups.map(([field, values]) => idsByBlindIndex(db, key, tenant ?? '', field, values))) : lookups.map(() => []);
    let i = 0;
    return rewriteEncryptedWhere(w, new Set(fields), () => found[i++] ?? []);
  };

  const cached = <T>(type: string, op: string, args: unknown[], tenant: string | undefined, load: () => Promise<T>): Promise<T> =>
    inTransaction ? load() : deps.cache.read(type, JSON.stringify([op, tenant ?? null, args]), load);

  const prepareWrite = async (tx: StoreOps, type: string, id: string, data: Doc, action: 'create' | 'update', ctx: AuditedContext): Promise<Doc> => {
    const policy = deps.policy().forType(type)!;
    const current = action === 'update' ? await tx.get(type, id, { context: ctx }) : null;
    const plain = current ? propsOf(decrypt(current)) : null;
    const hookCtx = { type, action, actor: ctx.actor ?? 'unknown', before: plain };
    const before = runBeforeRules(policy, propsOf(data), hookCtx, deps.policy().defaultCountryCode);
    const after = runAfterRules(policy, before, hookCtx);
    return encryptFields(deps.key(), type, id, after, policy.encrypted, current && plain ? { encrypted: propsOf(current), plain } : null);
  };

  const rewrite = (type: string) => deps.policy().rewritesWrites(type);

  const replace = async (t: string, id: string, data: Doc, options: WriteOptions | undefined, action: 'update' | 'patch', patch: boolean): Promise<Entity> => {
    const opts = withContext(options, action === 'patch' ? { auditAction: 'patch' } : {});
    const ctx = opts.context as AuditedContext;
    return ops.transaction(async (tx) => {
      const current = patch ? await tx.get(t, id, { context: ctx }) : null;
      const full = patch && current ? applyPatch(propsOf(decrypt(current)), data) : data;
      const stored = await prepareWrite(tx, t, id, full, 'update', ctx);
      return decrypt(await tx.update(t, id, stored, opts));
    });
  };

  return {
    async create(type, data, o) {
      const t = typeName(type);
      const opts = withContext(o);
      if (!rewrite(t)) return decrypt(await ops.create(t, data, opts));
      const id = typeof data.$id === 'string' ? data.$id : randomUUID();
      const stored = await prepareWrite(ops, t, id, data, 'create', opts.context as AuditedContext);
      return decrypt(await ops.create(t, { ...stored, $id: id }, opts));
    },
    async createMany(type, data, o) {
      const t = typeName(type);
      const opts = withContext(o);
      if (!rewrite(t)) return (await ops.createMany(t, data, opts)).map(decrypt);
      const prepared = await Promise.all(
        data.map(async (d) => {
          const id = typeof d.$id === 'string' ? d.$id : randomUUID();
          return { ...(await prepareWrite(ops, t, id, d, 'create', opts.context as AuditedContext)), $id: id };
        }),
      );
      return (await ops.createMany(t, prepared, opts)).map(decrypt);
    },
    async get(type, id, o) {
      const t = typeName(type);
      const opts = withContext(o);
      return cached(t, 'get', [id, { ...o, context: undefined }], opts.context?.tenant, async () => decrypt(await ops.get(t, id, opts)));
    },
    async list(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      checkEncryptedOrder(o?.orderBy, new Set(encryptedOf(t)));
      return cached(t, 'list', [{ ...o, context: undefined }], opts.context?.tenant, async () =>
        (await ops.list(t, { ...opts, where: await where(t, o?.where, opts.context?.tenant) })).map(decrypt),
      );
    },
    async findOne(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      checkEncryptedOrder(o?.orderBy, new Set(encryptedOf(t)));
      return cached(t, 'findOne', [{ ...o, context: undefined }], opts.context?.tenant, async () =>
        decrypt(await ops.findOne(t, { ...opts, where: await where(t, o?.where, opts.context?.tenant) })),
      );
    },
    async count(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      return cached(t, 'count', [{ ...o, context: undefined }], opts.context?.tenant, async () =>
        ops.count(t, { ...opts, where: await where(t, o?.where, opts.context?.tenant) }),
      );
    },
    async page(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      checkEncryptedOrder(o?.orderBy, new Set(encryptedOf(t)));
      return cached(t, 'page', [{ ...o, context: undefined }], opts.context?.tenant, async () => {
        const page = await ops.page(t, { ...opts, where: await where(t, o?.where, opts.context?.tenant) });
        return { items: page.items.map(decrypt), next: page.next };
      });
    },
    async update(type, id, data, o) {
      const t = typeName(type);
      if (!rewrite(t)) return decrypt(await ops.update(t, id, data, withContext(o)));
      return replace(t, id, data, o, 'update', false);
    },
    async patch(type, id, changes, o) {
      const t = typeName(type);
      if (!rewrite(t)) return decrypt(await ops.patch(t, id, changes, withContext(o, { auditAction: 'patch' })));
      return replace(t, id, changes, o, 'patch', true);
    },
    delete: async (type, id, o) => decrypt(await ops.delete(typeName(type), id, withContext(o))),
    restore: async (type, id, o) => decrypt(await ops.restore(typeName(type), id, withContext(o))),
    async deleteMany(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      return ops.deleteMany(t, { ...opts, where: await where(t, o.where, opts.context?.tenant) });
    },
    async updateOne(type, w, changes, o) {
      const t = typeName(type);
      const opts = withContext(o, { auditAction: 'patch' });
      const rewritten = (await where(t, w, opts.context?.tenant)) ?? {};
      if (!rewrite(t)) return ops.updateOne(t, rewritten, changes, opts);
      const first = await ops.findOne(t, { where: rewritten, orderBy: { $id: 'asc' }, context: opts.context });
      if (!first) return { matchedCount: 0, modifiedCount: 0 };
      const after = await replace(t, first.$id, changes, o, 'patch', true);
      return { matchedCount: 1, modifiedCount: after.$version === first.$version ? 0 : 1 };
    },
    search: async (text, o) => (await ops.search(text, withContext(o))).map(decrypt),
    async explain(type, o) {
      const t = typeName(type);
      const opts = withContext(o);
      return ops.explain(t, { ...opts, where: await where(t, o?.where, opts.context?.tenant) });
    },
    types: () => ops.types(),
    // Pipelines see stored values: ciphertext for encrypted fields, never plaintext.
    aggregate: (type, pipeline, o) => ops.aggregate(typeName(type), pipeline, withContext(o)),
    transaction: (fn) => ops.transaction((tx) => fn(governOps(tx, deps, true))),
    connection: (fn, o) => ops.connection(fn, o),
  };
}

/** The type name of a reference (re-exported for the store wrapper). */
export function nameOf(type: TypeRef): string {
  return typeName(type);
}
