/** Demo organizations with NAICS industries, addresses and sub-organizations. */
import type { SeededRandom } from './random';
import { CITIES, ORGANIZATIONS, STREETS } from './pools';
import { isoDate, postalAddress } from './shared-fields';

/** A generated Organization. */
export type DemoOrganization = Record<string, unknown> & {
  $type: 'Organization';
  $id: string;
  name: string;
  url: string;
  naics: string;
  address: Record<string, unknown>;
};

/** The pool's organizations, plus two sub-organizations of the first (Acme Inc). */
export function generateOrganizations(rand: SeededRandom): DemoOrganization[] {
  const orgs: DemoOrganization[] = ORGANIZATIONS.map((o) => ({
    $type: 'Organization',
    $id: `org-${o.domain.split('.')[0]}`,
    name: o.name,
    legalName: `${o.name}${o.name.endsWith('Inc') ? '.' : ', Inc.'}`,
    url: `https://${o.domain}`,
    email: `info@${o.domain}`,
    telephone: `+1800555${String(rand.int(0, 9999)).padStart(4, '0')}`,
    naics: o.naics,
    foundingDate: isoDate(new Date(Date.UTC(rand.int(1950, 2020), rand.int(0, 11), rand.int(1, 28)))),
    address: postalAddress(rand, rand.pick(CITIES), rand.pick(STREETS)),
  }));
  const parent = orgs[0]!;
  const subs: DemoOrganization[] = ['Acme Labs', 'Acme Europe'].map((name, i) => ({
    $type: 'Organization',
    $id: `org-acme-${i === 0 ? 'labs' : 'europe'}`,
    name,
    url: `https://${i === 0 ? 'labs' : 'eu'}.acme.example`,
    naics: i === 0 ? '541715' : parent.naics,
    parentOrganization: parent.$id,
    address: postalAddress(rand, rand.pick(CITIES), rand.pick(STREETS)),
  }));
  parent.subOrganization = subs.map((s) => s.$id);
  return [...orgs, ...subs];
}
