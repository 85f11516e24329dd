import { describe, expect, it } from 'vitest';
import { registerView, shellView, shellViews } from './views';

describe('shell views', () => {
  it('lists what features register', () => {
    registerView({ id: 'query', title: 'Query', render: () => null });
    expect(shellViews().map((v) => v.id)).toContain('query');
    expect(shellView('query')?.title).toBe('Query');
    expect(shellView('nope')).toBeUndefined();
  });
});
