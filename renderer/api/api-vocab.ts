/** The vocabulary source over the main process's `vocab.*` channels. */
import { looksLikeCode } from '../../shared/vocab/codes';
import type { StudioClient } from './client';
import type { CodeItem, VocabSource } from './vocab-source';

/** A vocabulary source answering through a client. */
export function apiVocab(client: StudioClient): VocabSource {
  return {
    type: (name) => client.invoke('vocab.type', { name }),
    subtypes: async (name) => (await client.invoke('vocab.subtypes', { name })).names,
    async searchCodes(list, query) {
      const q = query.trim();
      if (!q) return [];
      if (list === 'naics') {
        const { items } = await client.invoke('vocab.naics.search', { query: q, limit: 20 });
        return items.map((c): CodeItem => ({ code: c.code, title: c.title, detail: `${levelLabel(c.levelName)} · NAICS 2022` }));
      }
      const { items } = await client.invoke('vocab.onet.search', { query: q, limit: 20 });
      return items.map((o): CodeItem => ({ code: o.code, title: o.title, detail: o.description }));
    },
    async code(list, code) {
      if (!looksLikeCode(list, code)) return undefined;
      try {
        if (list === 'naics') {
          const { code: c } = await client.invoke('vocab.naics.get', { code });
          return { code: c.code, title: c.title, detail: `${levelLabel(c.levelName)} · NAICS 2022` };
        }
        const { occupation } = await client.invoke('vocab.onet.get', { code });
        return { code: occupation.code, title: occupation.title, detail: occupation.description };
      } catch {
        return undefined;
      }
    },
  };
}

/** `nationalIndustry` → "National industry". */
function levelLabel(levelName: string): string {
  const words = levelName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
