/**
 * Proposes which property each CSV column fills, from the type's vocabulary: a header that
 * names a property or a path (`Job Title` → `jobTitle`, `address.postalCode`), a common
 * synonym (`Zip` → `address.postalCode`, `Company` → `worksFor.name`), or a close spelling
 * (`Adress` → `address`, marked low confidence). A header written like a property key but unknown to
 * the type is proposed as itself (low confidence). Each property is proposed for one column at most.
 */
import type { MappingTarget, ProposedColumn } from '../../shared/channels/transfer';
import { prepareName, scoreName } from '../vocab/search';

/** Header words people use for schema.org paths, normalised (lower case, letters and digits only). */
const SYNONYMS: Record<string, string> = {
  id: '$id',
  fullname: 'name',
  displayname: 'name',
  firstname: 'givenName',
  forename: 'givenName',
  lastname: 'familyName',
  surname: 'familyName',
  mail: 'email',
  emailaddress: 'email',
  phone: 'telephone',
  phonenumber: 'telephone',
  mobile: 'telephone',
  tel: 'telephone',
  dob: 'birthDate',
  dateofbirth: 'birthDate',
  birthday: 'birthDate',
  title: 'jobTitle',
  position: 'jobTitle',
  company: 'worksFor.name',
  companyname: 'worksFor.name',
  employer: 'worksFor.name',
  organization: 'worksFor.name',
  organisation: 'worksFor.name',
  occupation: 'hasOccupation.name',
  street: 'address.streetAddress',
  address1: 'address.streetAddress',
  city: 'address.addressLocality',
  town: 'address.addressLocality',
  state: 'address.addressRegion',
  province: 'address.addressRegion',
  region: 'address.addressRegion',
  zip: 'address.postalCode',
  zipcode: 'address.postalCode',
  postcode: 'address.postalCode',
  country: 'address.addressCountry',
  website: 'url',
  homepage: 'url',
  languages: 'knowsLanguage',
  tags: 'keywords',
  cost: 'price',
  currency: 'priceCurrency',
  created: 'dateCreated',
  modified: 'dateModified',
};

// Written like a stored property key (`age`, `internalRef`), not like a spreadsheet heading (`Notes`).
const KEY = /^[a-z][A-Za-z0-9_]*$/;

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9$]/g, '');

interface Candidate {
  index: number;
  target: MappingTarget;
  score: number;
}

/**
 * The proposed mapping of each column (`samples` holds up to three of its values). `byPathName`
 * answers headers written as property paths that the offered targets leave out (`address.geo.latitude`).
 */
export function proposeMapping(
  headers: readonly string[],
  rows: readonly string[][],
  targets: readonly MappingTarget[],
  byPathName?: (path: string) => MappingTarget | undefined,
): ProposedColumn[] {
  const byKey = new Map<string, MappingTarget>();
  for (const t of targets) if (!byKey.has(normalise(t.path))) byKey.set(normalise(t.path), t);
  const byPath = new Map(targets.map((t) => [t.path, t]));
  const topLevel = targets.filter((t) => !t.path.includes('.') && t.path !== '$id');
  const prepared = new Map(topLevel.map((t) => [t.path, prepareName(t.path)]));

  const candidates: Candidate[] = [];
  headers.forEach((header, index) => {
    const key = normalise(header);
    if (!key) return;
    const exact = byPath.get(header.trim()) ?? byKey.get(key) ?? (key === '$id' || key === 'id' ? byPath.get('$id') : byPathName?.(header.trim()));
    if (exact) candidates.push({ index, target: exact, score: exact.path.includes('.') ? 1950 : 2000 });
    const synonym = SYNONYMS[key] ? byPath.get(SYNONYMS[key]) : undefined;
    if (synonym) candidates.push({ index, target: synonym, score: 1900 });
    for (const t of topLevel) {
      const score = scoreName(header, prepared.get(t.path)!);
      // Prefixes and word prefixes, or a typo in a longer header; a bare substring (`age` in `image`) is no match.
      if (score >= 650 || (score >= 300 && score < 600 && header.trim().length >= 5)) candidates.push({ index, target: t, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);

  const chosen = new Map<number, Candidate>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (chosen.has(c.index) || taken.has(c.target.path)) continue;
    chosen.set(c.index, c);
    taken.add(c.target.path);
  }
  return headers.map((header, index) => {
    const samples = rows.map((r) => r[index] ?? '').filter((v) => v !== '').slice(0, 3);
    const c = chosen.get(index);
    if (!c) {
      // A header written like a property key is proposed as itself: the validator will say whether the type takes it.
      const own = KEY.test(header) && !taken.has(header) ? header : null;
      return { index, header, property: own, kind: 'auto', multiple: true, confidence: own ? 'low' : 'none', samples };
    }
    return {
      index,
      header,
      property: c.target.path,
      kind: c.target.kind,
      multiple: c.target.multiple,
      confidence: c.score >= 1900 ? 'high' : 'low',
      samples,
    };
  });
}
