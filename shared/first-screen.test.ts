import { describe, expect, it } from 'vitest';
import { startType } from './first-screen';

describe('the type a studio opens with', () => {
  it('is Person where there are people, else the first type listed, else none', () => {
    expect(startType([{ type: 'Order' }, { type: 'Person' }])?.type).toBe('Person');
    expect(startType([{ type: 'Order' }, { type: 'Product' }])?.type).toBe('Order');
    expect(startType([])).toBeUndefined();
  });
});
