import { DomainRefusal } from '@era/platform';

/** Where a page of works ended: the last work's filing key and id, opaque to clients. */
export function encodeTitleCursor(filingKey: string, workId: string): string {
  return Buffer.from(JSON.stringify([filingKey, workId]), 'utf8').toString('base64url');
}

export function decodeTitleCursor(cursor: string): { filingKey: string; workId: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string')
      return { filingKey: parsed[0], workId: parsed[1] };
  } catch {
    // answered below
  }
  throw new DomainRefusal(400, 'invalid-cursor', 'cursor is not one this list gave');
}
