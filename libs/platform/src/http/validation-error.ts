import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

export interface FieldError {
  field: string;
  messages: string[];
}

/** At most this many messages per answer, each at most MAX_MESSAGE_LENGTH characters (and the same for a field name). */
export const MAX_VALIDATION_MESSAGES = 20;
export const MAX_MESSAGE_LENGTH = 200;

/** A request body or query that failed validation, with the messages per field (capped: see capFieldErrors). */
export class RequestValidationError extends BadRequestException {
  readonly fieldErrors: FieldError[];
  /** Messages left out to keep the answer small: a body with thousands of unknown keys gets a short answer. */
  readonly omittedMessages: number;

  constructor(fieldErrors: FieldError[]) {
    super('the request is not valid');
    const capped = capFieldErrors(fieldErrors);
    this.fieldErrors = capped.fieldErrors;
    this.omittedMessages = capped.omittedMessages;
  }
}

/** The first MAX_VALIDATION_MESSAGES messages, each (and its field name) cut to MAX_MESSAGE_LENGTH, and how many were left out. */
export function capFieldErrors(fieldErrors: readonly FieldError[]): { fieldErrors: FieldError[]; omittedMessages: number } {
  const kept: FieldError[] = [];
  let room = MAX_VALIDATION_MESSAGES;
  let omittedMessages = 0;
  for (const { field, messages } of fieldErrors) {
    const taken = messages.slice(0, Math.max(room, 0)).map(truncate);
    omittedMessages += messages.length - taken.length;
    room -= taken.length;
    if (taken.length > 0) kept.push({ field: truncate(field), messages: taken });
  }
  return { fieldErrors: kept, omittedMessages };
}

const truncate = (text: string) => (text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`);

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
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
