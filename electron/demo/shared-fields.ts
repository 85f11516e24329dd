/** Field builders several demo generators share. */
import type { SeededRandom } from './random';
import type { CITIES } from './pools';

/** An ISO date (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An embedded schema.org PostalAddress in one of the pool's cities. */
export function postalAddress(rand: SeededRandom, place: (typeof CITIES)[number], street: string): Record<string, unknown> {
  return {
    $type: 'PostalAddress',
    streetAddress: `${rand.int(1, 9999)} ${street}`,
    addressLocality: place.city,
    addressRegion: place.region,
    postalCode: `${place.postal}${String(rand.int(0, 99)).padStart(2, '0')}`,
    addressCountry: place.country,
  };
}
