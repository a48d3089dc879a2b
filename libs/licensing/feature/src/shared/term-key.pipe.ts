import { Injectable, PipeTransform } from '@nestjs/common';
import { TERM_KEY, TERM_KEY_FORM } from '@era/licensing-domain';
import { DomainRefusal } from '@era/platform';

/** A term key in the path: kebab-case, or the request is malformed (an unknown but well-formed key is the vocabulary's 404). */
@Injectable()
export class ParseTermKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TERM_KEY.test(value)) throw new DomainRefusal(400, 'invalid-term-key', `a term key is ${TERM_KEY_FORM}`);
    return value;
  }
}
