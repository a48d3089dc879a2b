import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * A class-validator decorator around one screen of @era/screening: non-strings are left to the type checks, a string
 * is valid when `accepts` says so, and the refusal is worded from what the screen found.
 */
export function textScreenDecorator(name: string, accepts: (text: string) => boolean, refusal: (args: ValidationArguments) => string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: refusal, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || accepts(value) },
    });
}
