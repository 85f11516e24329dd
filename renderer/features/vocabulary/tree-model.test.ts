import { describe, expect, it } from 'vitest';
import { ROOT, ancestorKeys, childKey, idOfKey, keyOfPath, treeMove, visibleRows, type TreeNode } from './tree-model';

const node = (id: string, expandable = false): TreeNode => ({ id, label: id, expandable });
// Thing › (Organization › LocalBusiness, Place › LocalBusiness, Person): LocalBusiness under two parents.
const loaded = new Map<string, TreeNode[]>([
  [ROOT, [node('Thing', true)]],
  ['Thing', [node('Organization', true), node('Place', true), node('Person')]],
  ['Thing/Organization', [node('LocalBusiness', true)]],
  ['Thing/Place', [node('LocalBusiness', true)]],
]);

describe('keys', () => {
  it('names a node by its path, so one type under two parents is two rows', () => {
    expect(childKey(ROOT, 'Thing')).toBe('Thing');
    expect(childKey('Thing/Place', 'LocalBusiness')).toBe('Thing/Place/LocalBusiness');
    expect(keyOfPath(['Thing', 'Organization', 'LocalBusiness'])).not.toBe(keyOfPath(['Thing', 'Place', 'LocalBusiness']));
    expect(idOfKey('Thing/Place/LocalBusiness')).toBe('LocalBusiness');
    expect(idOfKey('Thing')).toBe('Thing');
    expect(ancestorKeys(['Thing', 'Place', 'LocalBusiness'])).toEqual(['Thing', 'Thing/Place']);
    expect(ancestorKeys(['Thing'])).toEqual([]);
  });
});

describe('visibleRows', () => {
  it('shows only the roots until a node is expanded', () => {
    expect(visibleRows(loaded, new Set()).map((r) => r.key)).toEqual(['Thing']);
  });

  it('walks expanded nodes depth first with levels and positions', () => {
    const rows = visibleRows(loaded, new Set(['Thing', 'Thing/Place']));
    expect(rows.map((r) => `${r.level}:${r.key}`)).toEqual(['1:Thing', '2:Thing/Organization', '2:Thing/Place', '3:Thing/Place/LocalBusiness', '2:Thing/Person']);
    const person = rows.find((r) => r.key === 'Thing/Person')!;
    expect([person.posInSet, person.setSize, person.parentKey]).toEqual([3, 3, 'Thing']);
    expect(rows.find((r) => r.key === 'Thing/Organization')?.expanded).toBe(false);
  });

  it('marks an expanded node whose children have not arrived as loading', () => {
    const rows = visibleRows(loaded, new Set(['Thing', 'Thing/Place', 'Thing/Place/LocalBusiness']));
    const shop = rows.find((r) => r.key === 'Thing/Place/LocalBusiness')!;
    expect(shop.expanded).toBe(true);
    expect(shop.loading).toBe(true);
    expect(rows.find((r) => r.key === 'Thing')?.loading).toBe(false);
  });

  it('never expands a leaf even if its key is in the expanded set', () => {
    const rows = visibleRows(loaded, new Set(['Thing', 'Thing/Person']));
    expect(rows.find((r) => r.key === 'Thing/Person')?.expanded).toBe(false);
  });
});

describe('treeMove', () => {
  const rows = visibleRows(loaded, new Set(['Thing', 'Thing/Organization']));
  // Thing, Organization, LocalBusiness, Place, Person

  it('moves up and down, to the first and the last row', () => {
    expect(treeMove(rows, 'Thing', 'ArrowDown')).toEqual({ kind: 'focus', key: 'Thing/Organization' });
    expect(treeMove(rows, 'Thing/Place', 'ArrowUp')).toEqual({ kind: 'focus', key: 'Thing/Organization/LocalBusiness' });
    expect(treeMove(rows, 'Thing', 'ArrowUp')).toBeUndefined();
    expect(treeMove(rows, 'Thing/Place', 'Home')).toEqual({ kind: 'focus', key: 'Thing' });
    expect(treeMove(rows, 'Thing', 'End')).toEqual({ kind: 'focus', key: 'Thing/Person' });
  });

  it('→ expands a closed node, then enters it; ← closes an open node, else goes to the parent', () => {
    expect(treeMove(rows, 'Thing/Place', 'ArrowRight')).toEqual({ kind: 'expand', key: 'Thing/Place' });
    expect(treeMove(rows, 'Thing/Organization', 'ArrowRight')).toEqual({ kind: 'focus', key: 'Thing/Organization/LocalBusiness' });
    expect(treeMove(rows, 'Thing/Person', 'ArrowRight')).toBeUndefined();
    expect(treeMove(rows, 'Thing/Organization', 'ArrowLeft')).toEqual({ kind: 'collapse', key: 'Thing/Organization' });
    expect(treeMove(rows, 'Thing/Organization/LocalBusiness', 'ArrowLeft')).toEqual({ kind: 'focus', key: 'Thing/Organization' });
    expect(treeMove(visibleRows(loaded, new Set()), 'Thing', 'ArrowLeft')).toBeUndefined();
  });

  it('selects with Enter and Space, leaves other keys alone, and recovers from a vanished row', () => {
    expect(treeMove(rows, 'Thing/Person', 'Enter')).toEqual({ kind: 'select', key: 'Thing/Person' });
    expect(treeMove(rows, 'Thing/Person', ' ')).toEqual({ kind: 'select', key: 'Thing/Person' });
    expect(treeMove(rows, 'Thing/Person', 'a')).toBeUndefined();
    expect(treeMove(rows, 'Thing/Gone', 'ArrowDown')).toEqual({ kind: 'focus', key: 'Thing' });
  });
});
