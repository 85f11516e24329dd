/** Handlers of the `vocab.*` channels: thin adapters over a Vocabulary, answering one page at a time. */
import { StudioError, notFound } from '../../shared/errors';
import type { vocabChannels } from '../../shared/channels/vocab';
import type { Vocabulary } from '../vocab/vocabulary';
import type { HandlersFor } from './handlers';

/** The names of the vocabulary channels. */
export type VocabChannel = keyof typeof vocabChannels;

/** The personal-data fields in force for a type (the workspace's masking policy), by property name. */
export type PolicyPiiFields = (type: string) => Readonly<Record<string, { encrypted: boolean }>>;

/**
 * The handler table of the vocabulary channels. With `piiFields`, a descriptor's `pii` and
 * `encrypted` flags say what this workspace masks and encrypts, so a form's "Personal" badge
 * and the masking the user meets agree (the vocabulary alone would flag every name).
 */
export function vocabHandlers(vocab: Vocabulary, piiFields?: PolicyPiiFields): HandlersFor<VocabChannel> {
  return {
    'vocab.searchTypes': async ({ query, limit, kinds }) => ({ items: vocab.searchTypes(query, { limit, kinds }) }),

    'vocab.type': async ({ name }) => {
      const descriptor = vocab.type(name);
      if (!piiFields) return descriptor;
      const fields = piiFields(name);
      const flags = (p: string) => ({ pii: Object.prototype.hasOwnProperty.call(fields, p), encrypted: fields[p]?.encrypted ?? false });
      return { ...descriptor, properties: descriptor.properties.map((p) => ({ ...p, ...flags(p.name) })) };
    },

    'vocab.hierarchy': async ({ name }) => {
      const type = vocab.summary(name);
      if (!type) throw notFound('Type', name);
      const path: string[] = [];
      for (let parent = vocab.parents(name)[0]; parent; parent = vocab.parents(parent)[0]) path.unshift(parent);
      return { type, path, parents: vocab.parents(name), children: vocab.children(name) };
    },

    'vocab.subtypes': async ({ name }) => {
      if (!vocab.hasType(name)) throw notFound('Type', name);
      return { names: vocab.subtypes(name) };
    },

    'vocab.enumeration': async ({ name }) => {
      const info = vocab.enumeration(name);
      if (!info) throw new StudioError('NOT_FOUND', `"${name}" is not an enumeration`, { details: { name } });
      return info;
    },

    'vocab.naics.search': async ({ query, limit, level }) => ({ items: vocab.naics.search(query, limit, level) }),

    'vocab.naics.get': async ({ code }) => {
      const found = vocab.naics.get(code);
      if (!found) throw notFound('NAICS code', code);
      return { code: found, path: vocab.naics.path(code) };
    },

    'vocab.naics.children': async ({ code }) => {
      if (code !== null && !vocab.naics.has(code)) throw notFound('NAICS code', code);
      return { path: code === null ? [] : vocab.naics.path(code), items: vocab.naics.children(code) };
    },

    'vocab.onet.search': async ({ query, limit, dataLevelOnly }) => ({ items: vocab.onet.search(query, limit, dataLevelOnly) }),

    'vocab.onet.get': async ({ code }) => {
      const occupation = vocab.onet.get(code);
      if (!occupation) throw notFound('O*NET occupation', code);
      return {
        occupation,
        socTitle: vocab.onet.socTitle(occupation.soc) ?? occupation.soc,
        majorGroupTitle: vocab.onet.majorGroupTitle(occupation.majorGroup) ?? occupation.majorGroup,
        related: vocab.onet.children(occupation.soc).filter((o) => o.code !== code),
      };
    },

    'vocab.onet.children': async ({ code }) => ({ items: vocab.onet.children(code) }),
  };
}
