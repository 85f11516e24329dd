import { describe, expect, it } from 'vitest';
import { diffLines } from './diff-lines';

describe('diff lines of a custom type version', () => {
  it('reads properties added, removed and changed, then other changes', () => {
    const lines = diffLines({
      added: ['seats'],
      removed: ['notes'],
      changed: [{ name: 'status', changes: [{ field: 'enum', oldValue: ['active', 'basic'], newValue: ['active', 'paused'] }, { field: 'required', oldValue: false, newValue: true }] }],
      other: [{ field: 'description', oldValue: 'Old', newValue: 'New' }],
    });
    expect(lines).toEqual([
      { tone: 'added', text: '+ seats' },
      { tone: 'removed', text: '− notes' },
      { tone: 'changed', text: '~ status: enum −basic +paused; required false → true' },
      { tone: 'changed', text: '~ description "Old" → "New"' },
    ]);
  });

  it('shortens long values', () => {
    const [line] = diffLines({ added: [], removed: [], changed: [], other: [{ field: 'description', newValue: 'x'.repeat(200) }] });
    expect(line?.text.length).toBeLessThan(90);
  });
});
