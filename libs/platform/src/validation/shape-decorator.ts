import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A class-validator decorator for a field whose shape one function checks: `problemOf` says what is wrong with a value
 * (undefined when nothing is), and that is the refusal's wording, prefixed with the field's name.
 */
export function shapeDecorator(name: string, problemOf: (value: unknown) => string | undefined) {
  return (validationOptions?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => problemOf(value) === undefined,
        defaultMessage: (args) => `${propertyName} ${problemOf(args?.value) ?? 'is not valid'}`,
      },
    });
}
