/** Longest physical line kept; the rest of a longer line is dropped before parsing and reported. */
export const MAX_LINE_LENGTH = 100_000;

/**
 * Passes text through, cutting every physical line (ended by CR, LF or CRLF) after `max` characters, so that
 * no single line can make the parser hold more than that. `onCut` hears the 1-based line number and full length.
 */
export async function* capLines(source: AsyncIterable<string>, onCut: (line: number, length: number) => void, max = MAX_LINE_LENGTH): AsyncGenerator<string> {
  let line = 1;
  let length = 0;
  let previousWasCr = false;
  for await (const chunk of source) {
    let out = '';
    let keptFrom = 0;
    let cutting = length > max;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 10 || ch === 13) {
        if (cutting) keptFrom = i;
        cutting = false;
        if (length > max) onCut(line, length);
        if (!(ch === 10 && previousWasCr)) line++;
        length = 0;
        previousWasCr = ch === 13;
        continue;
      }
      previousWasCr = false;
      length++;
      if (length === max + 1) {
        out += chunk.slice(keptFrom, i);
        cutting = true;
      }
    }
    out += cutting ? '' : chunk.slice(keptFrom);
    if (out !== '') yield out;
  }
  if (length > max) onCut(line, length);
}
