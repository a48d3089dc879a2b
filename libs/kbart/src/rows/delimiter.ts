import { KbartDelimiter } from './header';

/**
 * The delimiter of a header line: KBART says tab, but some vendors save their list as CSV. The character among
 * tab, comma and semicolon that occurs most often outside quotes wins; tab on a tie or when none occurs.
 */
export function detectDelimiter(headerLine: string): KbartDelimiter {
  const counts = { '\t': 0, ',': 0, ';': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\t' || ch === ',' || ch === ';')) counts[ch]++;
  }
  if (counts['\t'] >= counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[','] >= counts[';'] ? ',' : ';';
}
