/** `semantic-studio vocab search`: finds schema.org and custom types, NAICS industries or O*NET occupations. */
import { parseArgs } from 'node:util';
import { installExamples } from '../vocab/examples';
import { Vocabulary } from '../vocab/vocabulary';
import { choiceOption, intOption } from './cli-args';
import { UsageError } from './usage-error';

export const VOCAB_HELP = `Usage: semantic-studio vocab search TEXT [--in types|naics|onet] [--limit N]

Searches the vocabularies, typo-tolerant, best match first, and prints one JSON line per hit.
  --in WHERE    types (schema.org and custom types, default), naics (industries) or onet (occupations)
  --limit N     at most N hits (default 20)
Exit codes: 0 done (also with no hits), 2 usage.`;

/** Runs the command. */
export async function vocabCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      in: { type: 'string', default: 'types' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(VOCAB_HELP);
    return;
  }
  const [action, ...words] = positionals;
  if (action !== 'search') throw new UsageError(action ? `Unknown vocab action "${action}": use "vocab search TEXT"` : 'vocab needs an action: vocab search TEXT');
  const text = words.join(' ').trim();
  if (!text) throw new UsageError('vocab search needs the TEXT to look for');
  const where = choiceOption('in', values.in, ['types', 'naics', 'onet'] as const)!;
  const limit = intOption('limit', values.limit, 1, 1000) ?? 20;
  const vocab = new Vocabulary();
  installExamples(vocab);
  const hits: unknown[] = where === 'naics' ? vocab.naics.search(text, limit) : where === 'onet' ? vocab.onet.search(text, limit) : vocab.searchTypes(text, { limit });
  for (const hit of hits) console.log(JSON.stringify(hit));
  if (hits.length === 0) console.error(`No ${where} match "${text}"`);
}
