import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** A request body or query that failed validation, with the messages per field. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fieldErrors: { field: string; messages: string[] }[]) {
    super('the request is not valid');
  }
}

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelist only: unknown fields are refused, not silently dropped; values must already have the right type. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
