/**
 * A streaming splitter for big JSON documents: it scans the text once, chunk by chunk, and
 * hands out the text of each element of the top-level array, or of each member of the
 * top-level object, so only one element is ever held in memory. The members named in
 * `streamKeys` (`@graph`) are split further into their array's elements. Each piece is
 * then parsed with `JSON.parse`, which stays the fast path; the scanner only tracks strings
 * and nesting. Syntax errors inside a piece are found by that parse; errors in the
 * document's frame (a top-level scalar, unbalanced brackets) throw here.
 */

/** A piece of the document: an element of the top-level array, a member of the top-level object, or an element of a streamed member. */
export type JsonPiece =
  | { kind: 'element'; index: number; text: string }
  | { kind: 'member'; key: string; text: string }
  | { kind: 'streamed'; key: string; index: number; text: string };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** Where a captured value sits. */
type Slot = { kind: 'element' } | { kind: 'member'; key: string } | { kind: 'streamed'; key: string };

/** The pieces of a JSON document, in order. */
export async function* splitJson(chunks: AsyncIterable<string>, streamKeys: ReadonlySet<string> = new Set()): AsyncGenerator<JsonPiece> {
  /** 'array' or 'object' for the top level; then the container types below, innermost last. */
  const stack: Array<'array' | 'object'> = [];
  let inString = false;
  let escaped = false;
  let topLevel: 'array' | 'object' | undefined;
  let seenRoot = false;
  // The value being captured: where it started, the text carried from earlier chunks, its slot.
  let capturing = false;
  let scalar = false;
  let captureDepth = 0;
  let carry = '';
  let slot: Slot = { kind: 'element' };
  // Top-level object bookkeeping: the key being read and whether a member value is streamed.
  let expectKey = false;
  let key: string | undefined;
  let keyCarry = '';
  let readingKey = false;
  let streamedKey: string | undefined;
  let elementIndex = 0;
  let streamedIndex = 0;

  for await (const chunk of chunks) {
    let captureStart = 0;
    let keyStart = 0;
    const pieces: JsonPiece[] = [];
    const finish = (end: number): void => {
      const text = carry + chunk.slice(captureStart, end);
      carry = '';
      capturing = false;
      scalar = false;
      if (slot.kind === 'element') pieces.push({ kind: 'element', index: elementIndex++, text });
      else if (slot.kind === 'member') pieces.push({ kind: 'member', key: slot.key, text });
      else pieces.push({ kind: 'streamed', key: slot.key, index: streamedIndex++, text });
    };
    const begin = (at: number, isScalar: boolean): void => {
      capturing = true;
      scalar = isScalar;
      captureStart = at;
      captureDepth = stack.length;
      carry = '';
    };
    // The slot a value starting at the current depth would fill, or undefined when it is not captured.
    const slotHere = (): Slot | undefined => {
      if (stack.length === 1 && topLevel === 'array') return { kind: 'element' };
      if (stack.length === 1 && topLevel === 'object' && key !== undefined && !expectKey) return { kind: 'member', key };
      if (stack.length === 2 && streamedKey !== undefined && stack[1] === 'array') return { kind: 'streamed', key: streamedKey };
      return undefined;
    };

    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (readingKey) {
            key = JSON.parse(keyCarry + chunk.slice(keyStart, i + 1)) as string;
            keyCarry = '';
            readingKey = false;
          } else if (capturing && scalar && stack.length === captureDepth) finish(i + 1);
        }
        continue;
      }
      if (isSpace(c)) {
        if (capturing && scalar) finish(i);
        continue;
      }
      if (capturing && scalar && (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET)) finish(i);
      if (!seenRoot) {
        if (c === OPEN_BRACKET) topLevel = 'array';
        else if (c === OPEN_BRACE) {
          topLevel = 'object';
          expectKey = true;
        } else throw new SyntaxError('The document must be a JSON array or object');
        seenRoot = true;
        stack.push(topLevel);
        continue;
      }
      if (stack.length === 0) throw new SyntaxError('Unexpected text after the end of the JSON document');
      if (stack.length === 1 && topLevel === 'object' && !capturing) {
        if (expectKey && c === QUOTE) {
          inString = true;
          readingKey = true;
          keyStart = i;
          keyCarry = '';
          continue;
        }
        if (c === COLON) {
          expectKey = false;
          continue;
        }
        if (c === COMMA) {
          expectKey = true;
          key = undefined;
          continue;
        }
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (!capturing) {
          if (stack.length === 1 && topLevel === 'object' && key !== undefined && streamKeys.has(key) && c === OPEN_BRACKET) {
            streamedKey = key;
            streamedIndex = 0;
          } else {
            const here = slotHere();
            if (here) {
              slot = here;
              begin(i, false);
            }
          }
        }
        stack.push(c === OPEN_BRACE ? 'object' : 'array');
        continue;
      }
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const open = stack.pop();
        if (open !== (c === CLOSE_BRACE ? 'object' : 'array')) throw new SyntaxError('Unbalanced brackets in the JSON document');
        if (capturing && !scalar && stack.length === captureDepth) finish(i + 1);
        else if (streamedKey !== undefined && stack.length === 1) streamedKey = undefined;
        continue;
      }
      if (c === COMMA) continue;
      if (!capturing) {
        const here = slotHere();
        if (here) {
          slot = here;
          begin(i, true);
        }
      }
      if (c === QUOTE) inString = true;
    }
    if (capturing) carry += chunk.slice(captureStart);
    if (readingKey) keyCarry += chunk.slice(keyStart);
    yield* pieces;
  }
  if (capturing && scalar && stack.length === captureDepth) {
    carry = '';
    throw new SyntaxError('The JSON document ends in the middle of a value');
  }
  if (!seenRoot) throw new SyntaxError('The document is empty');
  if (stack.length > 0 || inString) throw new SyntaxError('The JSON document ends before it is complete');
}
