/** Demo content and telemetry: blog posts with embedded comments, and a month of host metrics. */
import type { SeededRandom } from './random';
import { BLOG_TOPICS, COMMENT_LINES, HOSTS } from './pools';
import type { DemoPerson } from './people';

type Doc = Record<string, unknown> & { $type: string; $id: string };

/** One post per topic, written by a random person, with a few embedded comments. */
export function generateBlogPosts(rand: SeededRandom, people: DemoPerson[], now: Date): Doc[] {
  return BLOG_TOPICS.map((headline, i) => {
    const published = new Date(now.getTime() - rand.int(1, 200) * 86_400_000);
    return {
      $type: 'BlogPosting',
      $id: `post-${String(i + 1).padStart(3, '0')}`,
      headline,
      author: rand.pick(people).$id,
      datePublished: published.toISOString(),
      articleBody: `${headline}. A practical note from the team on keeping vocabulary-typed data clean, with examples drawn from real admin work.`,
      keywords: rand.sample(['schema.org', 'data quality', 'audit', 'privacy', 'json-ld', 'queries', 'naics', 'o*net'], 3),
      comment: Array.from({ length: rand.int(0, 4) }, () => ({
        $type: 'Comment',
        author: { $type: 'Person', name: rand.pick(people).name },
        text: rand.pick(COMMENT_LINES),
        dateCreated: new Date(published.getTime() + rand.int(1, 20) * 3_600_000).toISOString(),
      })),
    };
  });
}

/** Hourly CPU and memory readings per host over the 30 days before `now` (a custom Metric type). */
export function generateMetrics(rand: SeededRandom, now: Date): Doc[] {
  const metrics: Doc[] = [];
  const end = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const hours = 30 * 24;
  for (const host of HOSTS) {
    const base = host.startsWith('db') ? 55 : 30;
    for (let h = hours; h > 0; h--) {
      const at = new Date(end - h * 3_600_000);
      const daily = Math.sin(((at.getUTCHours() - 6) / 24) * 2 * Math.PI) * 15;
      metrics.push(metric(`${host}-cpu-${at.getTime()}`, 'cpu.usage', clamp(base + daily + rand.next() * 10), 'percent', at, host));
      metrics.push(metric(`${host}-mem-${at.getTime()}`, 'memory.usage', clamp(base + 20 + rand.next() * 8), 'percent', at, host));
    }
  }
  return metrics;
}

function metric(id: string, name: string, value: number, unit: string, at: Date, host: string): Doc {
  return { $type: 'Metric', $id: `metric-${id}`, name, value, unit, timestamp: at.toISOString(), labels: { host, region: 'us-east' } };
}

function clamp(v: number): number {
  return Math.round(Math.min(100, Math.max(0, v)) * 10) / 10;
}
