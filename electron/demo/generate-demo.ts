/**
 * The demo workspace's data: a deterministic generator (same seed and clock, same data)
 * producing each type's entities in the order references need them.
 */
import { SeededRandom } from './random';
import { generateOrganizations } from './organizations';
import { generatePeople } from './people';
import { generateOrders, generateProducts, generateSubscriptions } from './commerce';
import { generateBlogPosts, generateMetrics } from './content';

/** How much demo data to make. */
export interface DemoOptions {
  /** The random seed (default 42). */
  seed?: number;
  /** Number of people; orders scale with it (default 500). */
  people?: number;
  /** The clock the data is relative to (default: now). */
  now?: Date;
}

/** One type's generated entities. */
export interface DemoBatch {
  type: string;
  entities: Array<Record<string, unknown> & { $type: string; $id: string }>;
}

/** All demo entities, grouped by type, referenced types first. */
export function generateDemo(options: DemoOptions = {}): DemoBatch[] {
  const rand = new SeededRandom(options.seed ?? 42);
  const now = options.now ?? new Date();
  const organizations = generateOrganizations(rand);
  const people = generatePeople(rand, options.people ?? 500, organizations, now);
  const products = generateProducts(rand);
  return [
    { type: 'Organization', entities: organizations },
    { type: 'Person', entities: people },
    { type: 'Product', entities: products },
    { type: 'Order', entities: generateOrders(rand, (options.people ?? 500) * 2, people, products, now) },
    { type: 'Subscription', entities: generateSubscriptions(rand, people, now) },
    { type: 'BlogPosting', entities: generateBlogPosts(rand, people, now) },
    { type: 'Metric', entities: generateMetrics(rand, now) },
  ];
}
