import { registerDecorator, ValidationOptions } from 'class-validator';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** Library cards, barcodes and phone numbers: eight or more digits, allowing spaces and dashes between them. */
const LONG_NUMBER = /\d(?:[\s-]?\d){7,}/;
/** Book and journal numbers are not personal: "ISBN 978-0-306-40615-7", "ISSN 0317-8471". */
const STANDARD_NUMBER = /\b(?:ISBN|ISSN)(?:-1[03])?:?\s*[\dXx][\dXx\s-]*/gi;

/**
 * Desk statistics never hold patron identity. Free text is where it would slip in, so text that looks like an
 * email address or a card or phone number is refused rather than stored in an immutable event.
 */
export function NoPersonalData(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'noPersonalData',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must not contain personal data such as an email address or a card or phone number`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || (!EMAIL.test(value) && !LONG_NUMBER.test(value.replace(STANDARD_NUMBER, ''))),
      },
    });
}
