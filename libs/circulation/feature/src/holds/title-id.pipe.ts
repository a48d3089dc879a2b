import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainRefusal } from '@era/platform';
import { TITLE_ID, TITLE_ID_MESSAGE } from './holds-validation';

/** A title id in a path: the same shape as in a body, or the request is malformed (an unknown one is a 404). */
@Injectable()
export class TitleIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TITLE_ID.test(value)) throw new DomainRefusal(400, 'invalid-title-id', TITLE_ID_MESSAGE);
    return value;
  }
}
