// @vitest-environment node
// The model has no DOM; node lets the real Vocabulary find its data files.
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../electron/vocab/vocabulary';
import { installExamples } from '../../../electron/vocab/examples';
import { groupProperties, propertyFlags, rangeParts, typeBadges } from './property-model';

// The real vocabulary, so the tests follow schema.org's actual Person, LocalBusiness and friends.
const vocab = new Vocabulary();
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('groupProperties', () => {
  it('puts the type’s own properties first and Thing’s last, names sorted within a group', () => {
    const person = vocab.type('Person');
    const { groups, shown } = groupProperties(person, { showSuperseded: true });
    expect(groups.map((g) => g.group)).toEqual(['Person', 'Thing']);
    expect(groups[0]?.own).toBe(true);
    expect(groups[1]?.own).toBe(false);
    expect(shown).toBe(person.properties.length);
    const own = names(groups[0]!.properties);
    expect(own).toContain('worksFor');
    expect(own).not.toContain('name');
    expect(own).toEqual([...own].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(names(groups[1]!.properties)).toContain('name');
  });

  it('follows the ancestors nearest first for a type with several parents, Thing still last', () => {
    const shop = vocab.type('LocalBusiness');
    const order = groupProperties(shop, { showSuperseded: false }).groups.map((g) => g.group);
    expect(order[0]).toBe('LocalBusiness');
    expect(order.slice(1, 3).sort()).toEqual(['Organization', 'Place']);
    expect(order.at(-1)).toBe('Thing');
    // The two parents in the descriptor's order (nearest ancestors first).
    expect(order.slice(1, 3)).toEqual(shop.groups.filter((g) => g === 'Organization' || g === 'Place'));
    const bakery = groupProperties(vocab.type('Bakery'), { showSuperseded: false }).groups.map((g) => g.group);
    expect(bakery[0]).toBe('FoodEstablishment');
    expect(bakery.at(-1)).toBe('Thing');
  });

  it('hides superseded properties unless asked, and counts what it hid', () => {
    const person = vocab.type('Person');
    const superseded = person.properties.filter((p) => p.superseded);
    expect(names(superseded)).toContain('awards');
    const hidden = groupProperties(person, { showSuperseded: false });
    expect(hidden.hiddenSuperseded).toBe(superseded.length);
    expect(hidden.groups.flatMap((g) => names(g.properties))).not.toContain('awards');
    expect(hidden.shown).toBe(person.properties.length - superseded.length);
    const shown = groupProperties(person, { showSuperseded: true });
    expect(shown.groups.flatMap((g) => names(g.properties))).toContain('awards');
    expect(shown.hiddenSuperseded).toBe(0);
  });

  it('filters by name or range type, case-insensitively, dropping emptied groups', () => {
    const person = vocab.type('Person');
    const byName = groupProperties(person, { showSuperseded: false, text: ' BIRTH' });
    expect(byName.groups.map((g) => g.group)).toEqual(['Person']);
    expect(names(byName.groups[0]!.properties)).toEqual(['birthDate', 'birthPlace']);
    const byRange = groupProperties(person, { showSuperseded: false, text: 'organization' });
    expect(names(byRange.groups.flatMap((g) => g.properties))).toContain('worksFor');
    const award = groupProperties(person, { showSuperseded: false, text: 'award' });
    expect(names(award.groups.flatMap((g) => g.properties))).toEqual(['award']);
    expect(award.hiddenSuperseded).toBe(1);
  });
});

describe('rangeParts', () => {
  it('lists entity types, then enumerations, then data types', () => {
    const gender = vocab.type('Person').properties.find((p) => p.name === 'gender')!;
    expect(rangeParts(gender.ranges)).toEqual([
      { kind: 'enumeration', type: 'GenderType', members: ['Female', 'Male'] },
      { kind: 'data', type: 'Text' },
    ]);
    const worksFor = vocab.type('Person').properties.find((p) => p.name === 'worksFor')!;
    expect(rangeParts(worksFor.ranges)).toEqual([{ kind: 'entity', type: 'Organization' }]);
  });
});

describe('propertyFlags', () => {
  const person = vocab.type('Person');
  const flagsOf = (name: string) => propertyFlags(person.properties.find((p) => p.name === name)!).map((f) => f.label);

  it('marks personal data, formats, pending and superseded properties', () => {
    expect(flagsOf('email')).toEqual(['Personal', 'email']);
    expect(flagsOf('gender')).toEqual(expect.arrayContaining(['Personal', 'pending']));
    expect(flagsOf('awards')).toEqual(['superseded by award']);
    expect(flagsOf('worksFor')).toEqual([]);
  });

  it('shows how many values and which are required where a custom type says so', () => {
    const local = new Vocabulary();
    installExamples(local);
    const subscription = local.type('Subscription');
    const flags = Object.fromEntries(subscription.properties.map((p) => [p.name, propertyFlags(p).map((f) => f.label)]));
    const required = subscription.properties.filter((p) => p.required);
    expect(required.length).toBeGreaterThan(0);
    for (const p of required) expect(flags[p.name]).toContain('required');
    for (const p of subscription.properties.filter((q) => q.multiplicity === 'single')) expect(flags[p.name]).toContain('single');
  });
});

describe('typeBadges', () => {
  it('names an enumeration, a custom type, a pending and a superseded type', () => {
    expect(typeBadges(vocab.type('ItemAvailability')).map((b) => b.label)).toEqual(['enumeration']);
    expect(typeBadges(vocab.type('Person')).map((b) => b.label)).toEqual([]);
    const local = new Vocabulary();
    installExamples(local);
    expect(typeBadges(local.type('Subscription')).map((b) => b.label)).toContain('custom');
    expect(typeBadges(vocab.type('3DModel')).map((b) => b.label)).toEqual(['pending']);
    expect(typeBadges(vocab.type('Taxi')).map((b) => b.label)).toEqual(['superseded by TaxiService']);
  });
});
