#!/usr/bin/env node
// Generates the compact vocabulary files the app ships in data/vocab/ from the source data
// (../shared/vocab by default). Output is deterministic: re-running on the same sources
// rewrites identical bytes, so a test can check that the committed files are current.
//
//   node scripts/vocab/build.mjs [SOURCE_DIR] [--out DIR]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainText, naicsSummary } from './text.mjs';
import { SOC_MAJOR_GROUPS } from './soc-major-groups.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = outFlag >= 0 ? resolve(args[outFlag + 1] ?? '') : join(root, 'data/vocab');
const positional = args.filter((_, i) => i !== outFlag && i !== outFlag + 1);
const sourceDir = resolve(root, positional[0] ?? '../shared/vocab');

const readJson = (rel) => JSON.parse(readFileSync(join(sourceDir, rel), 'utf8'));
const isSchemaName = (name) => !name.includes(':');
const sorted = (obj) => Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Keeps only the keys the app reads and only flags that are set. */
function compactTerm(term, extra) {
  const out = { layer: term.layer, ...extra };
  if (term.supersededBy?.length) out.supersededBy = term.supersededBy.filter(isSchemaName);
  out.comment = plainText(term.comment ?? '');
  return out;
}

function buildSchemaOrg() {
  const src = readJson('schemaorg/schemaorg-30.0-compact.json');
  const types = {};
  for (const [name, t] of Object.entries(src.types)) {
    // External superclasses (fibo-, cmns-, rdfs:Class) are equivalence targets, not types the app knows.
    types[name] = compactTerm(t, { kind: t.kind, parents: t.subClassOf.filter(isSchemaName) });
  }
  const properties = {};
  for (const [name, p] of Object.entries(src.properties)) {
    const extra = { domain: (p.domainIncludes ?? []).filter(isSchemaName), range: (p.rangeIncludes ?? []).filter(isSchemaName) };
    if (p.inverseOf?.length) extra.inverseOf = p.inverseOf.filter(isSchemaName);
    properties[name] = compactTerm(p, extra);
  }
  const members = {};
  for (const [name, m] of Object.entries(src.members)) members[name] = compactTerm(m, { of: m.types });
  const about = {
    vocabulary: 'schema.org',
    version: src.about.version,
    released: src.about.released,
    license: 'CC BY-SA 3.0',
    attribution:
      'Contains the schema.org vocabulary (release 30.0), © Schema.org sponsors, licensed under CC BY-SA 3.0. The vocabulary was reformatted for this application.',
    counts: src.about.countsOfficialMethod,
    format: 'comments are plain text: [[Term]] links, Markdown links and HTML tags reduced to their text',
  };
  return { about, types: sorted(types), properties: sorted(properties), members: sorted(members) };
}

function buildNaics() {
  const src = readJson('naics/naics-2022.json');
  const codes = src.codes.map((c) => {
    const row = { code: c.code, title: c.title, level: c.level, parent: c.parent };
    const summary = naicsSummary(c.description);
    if (summary) row.summary = summary;
    return row;
  });
  const about = {
    classification: src.about.classification,
    publisher: src.about.publisher,
    license: src.about.license,
    credit: 'North American Industry Classification System (NAICS), 2022, U.S. Census Bureau.',
    countsByLevel: src.about.countsByLevel,
    total: src.about.total,
    format: 'summary = the first paragraph of the Census description (cross-references and examples left out)',
  };
  return { about, codes };
}

function buildOnet() {
  const src = readJson('onet/onet-30.1-occupations.json');
  const occupations = src.occupations.map((o) => ({
    code: o.code,
    title: o.title,
    dataLevel: o.dataLevel,
    description: o.description,
  }));
  const about = {
    source: src.about.source,
    license: 'CC BY 4.0',
    attribution:
      'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Semantic Studio has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    counts: src.about.counts,
    majorGroupsSource: 'SOC 2018 major group titles (U.S. Bureau of Labor Statistics, public domain)',
  };
  return { about, majorGroups: SOC_MAJOR_GROUPS, occupations };
}

mkdirSync(outDir, { recursive: true });
const outputs = { 'schemaorg.json': buildSchemaOrg(), 'naics.json': buildNaics(), 'onet.json': buildOnet() };
for (const [file, data] of Object.entries(outputs)) {
  const text = JSON.stringify(data) + '\n';
  writeFileSync(join(outDir, file), text);
  console.log(`${file}: ${text.length.toLocaleString('en-US')} bytes`);
}
