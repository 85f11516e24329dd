/** A deterministic generator of Person entities for the store benchmark (same seed, same data). */

const FIRST = ['John', 'Joan', 'Joseph', 'Jonas', 'Anna', 'Ben', 'Carla', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Uma', 'Vik', 'Wen', 'Xena', 'Yusuf', 'Zoe'];
const LAST = ['Doe', 'Smith', 'Berg', 'Okafor', 'Nakamura', 'Rossi', 'Kowalski', 'Haddad', 'Silva', 'Novak', 'Larsen', 'Ahmed', 'Chen', 'Dubois', 'Moreau'];
const TITLES = ['Engineer', 'Senior Engineer', 'Designer', 'Pilot', 'Nurse', 'Teacher', 'Accountant', 'Chef', 'Analyst', 'Manager', 'Electrician', 'Pharmacist', 'Architect', 'Lawyer', 'Plumber', 'Editor', 'Baker', 'Surveyor', 'Librarian', 'Welder'];
const CITIES = ['Oslo', 'Lagos', 'Osaka', 'Lima', 'Porto', 'Graz', 'Accra', 'Perth', 'Quito', 'Turku'];

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th person of the data set (ids are zero-padded so `$id` order is creation order). */
export function person(i: number, rand: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const first = pick(FIRST);
  const last = pick(LAST);
  const org = Math.floor(rand() * 1000);
  const born = new Date(Date.UTC(1950 + Math.floor(rand() * 55), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
  return {
    $id: `person-${String(i).padStart(8, '0')}`,
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}.${i}@example.com`,
    jobTitle: pick(TITLES),
    age: 18 + Math.floor(rand() * 62),
    birthDate: born.toISOString().slice(0, 10),
    active: rand() < 0.8,
    worksFor: { $type: 'Organization', name: `Org ${org}`, address: { addressLocality: pick(CITIES) } },
    keywords: [`kw${Math.floor(rand() * 300)}`, `kw${Math.floor(rand() * 300)}`, `kw${Math.floor(rand() * 300)}`],
  };
}

/** `count` people from `from`, deterministic for a given seed. */
export function people(from: number, count: number, seed = 42): Array<Record<string, unknown>> {
  const rand = prng(seed + from);
  return Array.from({ length: count }, (_, k) => person(from + k, rand));
}
