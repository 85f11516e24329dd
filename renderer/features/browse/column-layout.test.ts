import { beforeEach, describe, expect, it } from 'vitest';
import { clearLayout, loadLayout, moveColumn, saveLayout, toggleColumn } from './column-layout';

describe('column layout', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a layout per type', () => {
    saveLayout('Person', { columns: ['$id', 'name'], widths: { name: 240 } });
    expect(loadLayout('Person')).toEqual({ columns: ['$id', 'name'], widths: { name: 240 } });
    expect(loadLayout('Organization')).toBeUndefined();
    clearLayout('Person');
    expect(loadLayout('Person')).toBeUndefined();
  });

  it('ignores corrupt entries and absurd widths', () => {
    localStorage.setItem('studio.columns.Person', '{nope');
    expect(loadLayout('Person')).toBeUndefined();
    localStorage.setItem('studio.columns.Person', JSON.stringify({ columns: ['name'], widths: { name: 5 } }));
    expect(loadLayout('Person')).toEqual({ columns: ['name'], widths: {} });
  });

  it('moves and toggles columns', () => {
    expect(moveColumn(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(toggleColumn(['$id', 'name', '$updatedAt'], 'email')).toEqual(['$id', 'name', 'email', '$updatedAt']);
    expect(toggleColumn(['$id', 'name'], 'name')).toEqual(['$id']);
  });
});
