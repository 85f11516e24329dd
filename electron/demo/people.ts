/** Demo people: named, employed (an embedded Organization with its address), with an O*NET occupation. */
import type { SeededRandom } from './random';
import { CITIES, FAMILY_NAMES, GIVEN_NAMES, OCCUPATIONS, STREETS } from './pools';
import type { DemoOrganization } from './organizations';
import { isoDate, postalAddress } from './shared-fields';

/** A generated Person. */
export type DemoPerson = Record<string, unknown> & { $type: 'Person'; $id: string; name: string };

/** `count` people spread over the organizations; about a third work at the first one (Acme Inc). */
export function generatePeople(rand: SeededRandom, count: number, organizations: DemoOrganization[], now: Date): DemoPerson[] {
  const people: DemoPerson[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; i < count; i++) {
    const givenName = rand.pick(GIVEN_NAMES);
    const familyName = rand.pick(FAMILY_NAMES);
    const employer = i % 3 === 0 ? organizations[0]! : rand.pick(organizations);
    const occupation = rand.pick(OCCUPATIONS);
    const age = rand.int(22, 64);
    const birth = new Date(Date.UTC(now.getUTCFullYear() - age, rand.int(0, 11), rand.int(1, 28)));
    const home = rand.pick(CITIES);
    let email = `${givenName}.${familyName}@${employer.url.replace('https://', '')}`.toLowerCase();
    if (usedEmails.has(email)) email = email.replace('@', `${i}@`);
    usedEmails.add(email);
    people.push({
      $type: 'Person',
      $id: `person-${String(i + 1).padStart(5, '0')}`,
      name: `${givenName} ${familyName}`,
      givenName,
      familyName,
      email,
      telephone: `+1${rand.pick(['206', '312', '512', '617', '720', '919'])}555${String(rand.int(0, 9999)).padStart(4, '0')}`,
      birthDate: isoDate(birth),
      age,
      jobTitle: rand.pick(occupation.jobTitles),
      worksFor: {
        $type: 'Organization',
        name: employer.name,
        url: employer.url,
        naics: employer.naics,
        address: employer.address,
      },
      hasOccupation: { $type: 'Occupation', name: occupation.title, occupationalCategory: occupation.code },
      address: postalAddress(rand, home, rand.pick(STREETS)),
      knowsLanguage: rand.sample(['English', 'Spanish', 'French', 'German', 'Japanese', 'Portuguese', 'Hindi'], rand.int(1, 3)),
    });
  }
  return people;
}
