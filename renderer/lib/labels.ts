/** Human labels for property names and paths: `jobTitle` → "Job title", `worksFor.name` → "Works for › Name". */

// Names people know as acronyms.
const ACRONYMS: Record<string, string> = { naics: 'NAICS', url: 'URL', sku: 'SKU', isbn: 'ISBN', gtin: 'GTIN', mrr: 'MRR', iso: 'ISO', id: 'ID' };

/** A property name as a label: camelCase split into lower-case words, first letter capitalised, acronyms kept. */
export function humanize(name: string): string {
  if (name === '$id') return 'ID';
  if (name === '$type') return 'Type';
  if (name === '$updatedAt') return 'Updated';
  if (name === '$createdAt') return 'Created';
  if (name === '$version') return 'Version';
  const words = name
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  const sentence = words
    .split(' ')
    .map((w) => ACRONYMS[w] ?? w)
    .join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A dotted path as a label, one humanized step per segment. */
export function pathLabel(path: string): string {
  return path.split('.').map(humanize).join(' › ');
}
