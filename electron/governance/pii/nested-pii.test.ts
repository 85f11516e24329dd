/**
 * Personal data that leaves the main process under another name: aggregation rows grouped,
 * projected or accumulated from a personal field, and audit changes of personal fields nested
 * in embedded entities (an Order's customer's e-mail). Through the real dispatcher: no answer
 * holds the plaintext, and what is not personal stays readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, type Services } from '../../app/services';
import { maskAggregateRows } from './mask-aggregate';

const ctx = { actor: 'tester', transport: 'test' as const };
const EMAILS = ['ann.secret@example.com', 'bob.secret@example.com'];
let dir: string;
let services: Services;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

function plaintextIn(answer: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(answer);
  return secrets.filter((s) => text.includes(s));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-nested-pii-'));
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server', governance: { retentionSweepMs: 0 } });
  await call('entities.create', { type: 'Organization', data: { $id: 'acme', name: 'Acme Inc', email: 'sales@acme.example', address: { $type: 'PostalAddress', addressLocality: 'Oslo' } } });
  for (const [i, email] of EMAILS.entries()) {
    for (const n of [1, 2]) {
      await call('entities.create', {
        type: 'Person',
        data: { $id: `p${i}-${n}`, name: `Person ${i}`, email, telephone: `+1555000000${i}`, birthDate: `198${i}-0${n}-1${n}`, jobTitle: 'Analyst', worksFor: { $type: 'Organization', name: 'Acme Inc', address: { $type: 'PostalAddress', addressLocality: 'Oslo' } } },
      });
    }
  }
  await call('entities.create', {
    type: 'Order',
    data: { $id: 'o1', customer: { $type: 'Person', name: 'Ann', email: EMAILS[0] }, orderedItem: [{ $type: 'OrderItem', orderedItem: 'acme', orderQuantity: 1 }], subtotal: 1, tax: 0, shipping: 0, total: 1 },
  });
});

afterAll(() => {
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('aggregation results', () => {
  it('groups by a personal field but names the groups by the mask', async () => {
    const { rows } = await call<{ rows: Array<{ _id: string; n: number }> }>('query.aggregate', { type: 'Person', pipeline: [{ $group: { _id: '$email', n: { $count: {} } } }, { $sort: { n: -1 } }] });
    expect(plaintextIn(rows, EMAILS)).toEqual([]);
    // Two people share each address: the groups are still the real ones.
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
    expect(rows.map((r) => r._id).sort()).toEqual(['a***@example.com', 'b***@example.com']);
  });

  it('masks personal data renamed by $project, collected by $push or $first, formatted by $dateToString, or nested in an embedded entity', async () => {
    const pipelines = [
      [{ $project: { contact: '$email', phone: '$telephone', who: '$name' } }],
      [{ $group: { _id: '$jobTitle', emails: { $push: '$email' }, first: { $first: '$telephone' }, born: { $min: '$birthDate' } } }],
      [{ $group: { _id: { year: { $dateToString: { date: '$birthDate', format: '%Y' } }, mail: '$email' }, n: { $sum: 1 } } }],
    ];
    for (const pipeline of pipelines) {
      const { rows } = await call<{ rows: unknown[] }>('query.aggregate', { type: 'Person', pipeline });
      expect(plaintextIn(rows, [...EMAILS, '+15550000000', '1980-01-11', '1980'])).toEqual([]);
      expect(JSON.stringify(rows)).toContain('***');
    }
  });

  it('follows a reference property through the vocabulary to the personal fields of its range', async () => {
    // Order.customer may hold a Person: its e-mail, grouped on, is the customer's e-mail.
    const pipeline = [{ $group: { _id: '$customer.email', n: { $count: {} } } }];
    const rows = maskAggregateRows('Order', pipeline, [{ _id: EMAILS[0], n: 1 }], services.governance.policy().piiPolicy(), services.vocab.lookup);
    expect(rows).toEqual([{ _id: 'a***@example.com', n: 1 }]);
    // worksFor holds an Organization, which has no personal fields here.
    const org = maskAggregateRows('Person', [{ $group: { _id: '$worksFor.email' } }], [{ _id: 'sales@acme.example' }], services.governance.policy().piiPolicy(), services.vocab.lookup);
    expect(org).toEqual([{ _id: 'sales@acme.example' }]);
  });

  it('leaves what is not personal as it is', async () => {
    const { rows } = await call<{ rows: unknown[] }>('query.aggregate', {
      type: 'Person',
      pipeline: [{ $group: { _id: { job: '$jobTitle', employer: '$worksFor.name', city: '$worksFor.address.addressLocality' }, n: { $count: {} } } }],
    });
    expect(rows).toEqual([{ _id: { job: 'Analyst', employer: 'Acme Inc', city: 'Oslo' }, n: 4 }]);
    const orgs = await call<{ rows: unknown[] }>('query.aggregate', { type: 'Organization', pipeline: [{ $project: { _id: 0, email: 1 } }] });
    expect(orgs.rows).toEqual([{ email: 'sales@acme.example' }]);
  });
});

describe('history of personal data nested in an embedded entity', () => {
  it('masks the embedded customer’s e-mail in entries, comparisons and who-changed', async () => {
    await call('entities.patch', { type: 'Order', id: 'o1', changes: { $set: { 'customer.email': EMAILS[1] } } });
    await call('entities.patch', { type: 'Order', id: 'o1', changes: { customer: { $type: 'Person', name: 'Cy', email: 'cy.secret@example.com' } } });
    const secrets = [...EMAILS, 'cy.secret@example.com'];
    const history = await call<{ entries: Array<{ changes: Array<{ field: string }> }> }>('audit.history', { type: 'Order', id: 'o1' });
    expect(history.entries.flatMap((e) => e.changes.map((c) => c.field))).toContain('customer.email');
    const answers = [
      history,
      await call('audit.compare', { type: 'Order', id: 'o1', from: 1, to: 3 }),
      await call('audit.whoChanged', { type: 'Order', id: 'o1', field: 'customer.email' }),
      await call('audit.whoChanged', { type: 'Order', id: 'o1', field: 'customer' }),
      await call('audit.revertPreview', { type: 'Order', id: 'o1', version: 1 }),
      await call('audit.at', { type: 'Order', id: 'o1', version: 2 }),
    ];
    for (const answer of answers) expect(plaintextIn(answer, secrets)).toEqual([]);
    expect(JSON.stringify(answers[2])).toContain('a***@example.com');
    expect(JSON.stringify(answers[2])).toContain('b***@example.com');
  });
});
