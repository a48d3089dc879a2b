import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainRefusal } from '@era/platform';
import { BARCODE, BARCODE_MESSAGE } from '../shared/validation';

/** An item barcode in a path: refused 400 unless it is one a scanner gives. */
@Injectable()
export class BarcodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > 64 || !BARCODE.test(value)) throw new DomainRefusal(400, 'invalid-barcode', `barcode ${BARCODE_MESSAGE}`);
    return value;
  }
}
