import { DomainRefusal } from '@era/platform';
import { SelectionDto } from './selection.dto';

/** The whole package or titles, never both (the DTO makes one of them required). */
export function requireOneSelection(body: SelectionDto): { wholePackage?: true; titles?: string[] } {
  if (body.wholePackage && body.titles !== undefined) {
    throw new DomainRefusal(400, 'validation', 'send either wholePackage: true or titles, not both', { title: 'The request is not valid' });
  }
  return body.wholePackage ? { wholePackage: true } : { titles: body.titles ?? [] };
}
