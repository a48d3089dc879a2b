import { DomainRefusal } from './problem-details.filter';

/** The X-Min-Position header: the global position a read must reflect (read-your-writes across processes). */
export function minPositionHeader(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (!/^\d{1,15}$/.test(header)) throw new DomainRefusal(400, 'invalid-header', 'X-Min-Position must be a global position (a whole number)');
  return Number(header);
}
