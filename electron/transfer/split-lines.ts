/** Cuts streamed text into lines (`\n` or `\r\n`), holding only the unfinished line between chunks. */

/** Each line of the text with its 1-based line number; a final line without a newline is included. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let carry = '';
  let line = 0;
  for await (const chunk of chunks) {
    const text = carry ? carry + chunk : chunk;
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      line += 1;
      yield { line, text: text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end) };
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  if (carry) {
    line += 1;
    yield { line, text: carry.endsWith('\r') ? carry.slice(0, -1) : carry };
  }
}
