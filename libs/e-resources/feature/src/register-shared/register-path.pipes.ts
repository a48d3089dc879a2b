import { Injectable, PipeTransform } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { isRegisterId, isVocabularyKey, REGISTER_ID_FORM, VOCABULARY_KEY_FORM } from '@era/e-resources-domain';
import { DomainRefusal } from '@era/platform';

/** An organisation, platform or contact id in the path: well-formed, or the request is malformed (an unknown one is the decider's 404). */
@Injectable()
export class ParseRegisterIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isRegisterId(value)) throw new DomainRefusal(400, 'invalid-id', `an id is ${REGISTER_ID_FORM}`);
    return canonicalId(value);
  }
}

/** A resource-type or subject key in the path: kebab-case, or the request is malformed. */
@Injectable()
export class ParseVocabularyKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isVocabularyKey(value)) throw new DomainRefusal(400, 'invalid-term-key', `a key is ${VOCABULARY_KEY_FORM}`);
    return value;
  }
}
