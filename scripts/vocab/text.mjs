// Turns upstream comment markup into the plain text the app shows.

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&', '&#x2014;': '—', '&nbsp;': ' ' };

/**
 * schema.org comments mix `[[Term]]` links, Markdown and a little HTML, and some carry a
 * literal backslash-n. The app shows them as text, so links keep their text, tags go, and
 * inline code keeps single backticks as the only markup.
 */
export function plainText(comment) {
  return comment
    .replace(/\\n/g, '\n')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?p>/gi, '\n\n')
    .replace(/<li>/gi, '\n* ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[#a-z0-9]+;/gi, (e) => ENTITIES[e] ?? e)
    .replace(/```([^`]*)```/g, '`$1`')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The first paragraph of a NAICS description that says what the code covers. Sector
 * descriptions open with the heading "The Sector as a Whole"; cross-reference lists and
 * illustrative examples are long and only useful in the Census's own browser.
 */
export function naicsSummary(description) {
  if (!description) return undefined;
  const paragraphs = description
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && p !== 'The Sector as a Whole' && !/^(Cross-References|Illustrative Examples)/.test(p));
  return paragraphs[0];
}
