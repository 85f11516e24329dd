import { describe, expect, it } from 'vitest';
import { DEFAULT_PII_POLICY, maskEntity } from '../../../shared/governance/pii-policy';
import { maskEntitiesIn } from './masked-results';

describe('maskEntitiesIn', () => {
  it('masks entities anywhere in an answer, once', () => {
    const person = { $type: 'Person', $id: 'p1', name: 'Ann', email: 'ann@example.com', taxID: '123-45-6789' };
    const answer = { rows: [{ entity: person }], total: 1, already: maskEntity({ ...person, $id: 'p2' }, DEFAULT_PII_POLICY) };
    const out = maskEntitiesIn(answer, DEFAULT_PII_POLICY) as typeof answer;
    expect(out.rows[0]!.entity).toMatchObject({ email: 'a***@example.com', taxID: '***-**-6789', $masked: ['email', 'taxID'] });
    expect(out.already).toEqual(answer.already);
    expect(JSON.stringify(out)).not.toContain('ann@example.com');
  });
});
