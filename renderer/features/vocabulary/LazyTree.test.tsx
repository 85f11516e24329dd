import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyTree } from './LazyTree';
import type { TreeNode } from './tree-model';
import { useLazyTree, type ChildLoader } from './useLazyTree';

const node = (id: string, children = 0): TreeNode => ({ id, label: id, expandable: children > 0, count: children || undefined });
const children: Record<string, TreeNode[]> = {
  '': [node('Thing', 2)],
  Thing: [node('Organization', 1), node('Person')],
  Organization: [node('Corporation')],
};

let calls: Array<string | null> = [];
let failOnce = new Set<string>();
// A loader over a fixed table that answers on the next tick, as a channel would.
const load: ChildLoader = async (id) => {
  calls.push(id);
  await new Promise((r) => setTimeout(r, 1));
  if (id && failOnce.delete(id)) throw new Error('the main process is busy');
  return children[id ?? ''] ?? [];
};

let selected: string | undefined;
let revealPath: (path: string[]) => void = () => undefined;
function Harness() {
  const tree = useLazyTree(load);
  const [key, setKey] = useState<string>();
  selected = key;
  revealPath = tree.reveal;
  return <LazyTree label="Types" tree={tree} selectedKey={key} onSelect={setKey} />;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));
const item = (name: string) => screen.getByRole('treeitem', { name });

afterEach(() => {
  cleanup();
  calls = [];
  failOnce = new Set();
});

describe('LazyTree', () => {
  it('loads the roots, then a node’s children on its first expansion only', async () => {
    render(<Harness />);
    await settle();
    expect(screen.getAllByRole('treeitem').map((e) => e.getAttribute('aria-label'))).toEqual(['Thing']);
    expect(item('Thing').getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Expand Thing' }));
    await settle();
    expect(item('Thing').getAttribute('aria-expanded')).toBe('true');
    expect(item('Person').getAttribute('aria-level')).toBe('2');
    expect(item('Person').getAttribute('aria-expanded')).toBeNull();

    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Collapse Thing' }));
    expect(screen.queryByRole('treeitem', { name: 'Person' })).toBeNull();
    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Expand Thing' }));
    await settle();
    expect(calls).toEqual([null, 'Thing']);
    expect(selected).toBeUndefined();
  });

  it('is driven by the keyboard: → opens and enters, ↓ moves, Enter selects, ← returns to the parent', async () => {
    render(<Harness />);
    await settle();
    const tree = screen.getByRole('tree', { name: 'Types' });
    item('Thing').focus();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    await settle();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(item('Organization'));
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Person'));
    expect(item('Person').tabIndex).toBe(0);
    expect(item('Thing').tabIndex).toBe(-1);
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(selected).toBe('Thing/Person');
    expect(item('Person').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(item('Thing'));
  });

  it('reveals a deep node by opening each ancestor', async () => {
    render(<Harness />);
    await settle();
    act(() => revealPath(['Thing', 'Organization', 'Corporation']));
    await settle();
    expect(item('Corporation').getAttribute('aria-level')).toBe('3');
    expect(item('Organization').getAttribute('aria-expanded')).toBe('true');
  });

  it('says when children fail to load and loads them on the next try', async () => {
    failOnce.add('Thing');
    render(<Harness />);
    await settle();
    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Expand Thing' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('the main process is busy');
    expect(screen.queryByRole('treeitem', { name: 'Person' })).toBeNull();
    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Collapse Thing' }));
    fireEvent.click(within(item('Thing')).getByRole('button', { name: 'Expand Thing' }));
    await settle();
    expect(item('Person')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
