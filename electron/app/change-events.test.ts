import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EVENT_IDS, type EventPayload } from '../../shared/events';
import { openStore, type Store } from '../store';
import { tempDir } from '../store/test-support';
import { changeEvents } from './change-events';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let seen: EventPayload<'entities.changed'>[];
beforeEach(() => {
  tmp = tempDir();
  store = openStore({ file: tmp.file(), ttlSweepMs: 0 });
  seen = [];
  store.onChange(changeEvents((event) => seen.push(event)));
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('entities.changed events', () => {
  it('come once per type and commit, naming the entities and what happened to them', async () => {
    await store.transaction(async (tx) => {
      await tx.create('Person', { $id: 'ann', name: 'Ann' });
      await tx.create('Person', { $id: 'bob', name: 'Bob' });
      await tx.patch('Person', 'ann', { jobTitle: 'Pilot' });
      await tx.create('Organization', { $id: 'acme', name: 'Acme' });
    });
    await settle();
    expect(seen).toEqual([
      { type: 'Person', ids: ['ann', 'bob'], count: 3, actions: ['create', 'update'] },
      { type: 'Organization', ids: ['acme'], count: 1, actions: ['create'] },
    ]);
    await store.delete('Person', 'bob');
    await settle();
    expect(seen[2]).toEqual({ type: 'Person', ids: ['bob'], count: 1, actions: ['delete'] });
  });

  it('leave the ids out of a commit of very many entities, keeping the count', async () => {
    const many = Array.from({ length: MAX_EVENT_IDS + 1 }, (_, i) => ({ name: `P${i}` }));
    await store.createMany('Person', many);
    await settle();
    expect(seen).toEqual([{ type: 'Person', ids: [], count: MAX_EVENT_IDS + 1, actions: ['create'] }]);
  });

  it('say nothing of a rolled-back transaction', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.create('Person', { name: 'Gone' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await settle();
    expect(seen).toEqual([]);
  });
});
