import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ACTIVATION_REASON_MAX } from '@era/holdings-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';

export const NOT_BLANK = /\S/;

/** The platform's text screens take a string property name; a property decorator may be given a symbol. */
const onProperty =
  (decorator: (target: object, propertyName: string) => void): PropertyDecorator =>
  (target, key) =>
    decorator(target, String(key));

/** 1–255 characters, not blank, no path separators or control characters, not "." or "..". */
export const FILE_NAME = /^(?!\.{1,2}$)(?=.*\S)[^/\\\u0000-\u001f\u007f]{1,255}$/u;

/** The name a client gives an uploaded file: for people (reports, audit), never used as a path. */
export const OptionalFileNameField = (example: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, maxLength: 255 }),
    IsOptional(),
    IsString(),
    MaxLength(255),
    Matches(FILE_NAME, { message: 'fileName must be 1 to 255 characters without path separators or control characters' }),
    onProperty(VisibleCharactersOnly()),
  );

/** Why titles are activated or deactivated: required, not blank, no personal data. */
export const ActivationReasonField = () =>
  applyDecorators(
    ApiProperty({ example: 'Titles bought in the 2026 deal', maxLength: ACTIVATION_REASON_MAX }),
    IsString(),
    MaxLength(ACTIVATION_REASON_MAX),
    Matches(NOT_BLANK, { message: 'reason must not be blank' }),
    onProperty(VisibleCharactersOnly()),
    onProperty(NoPersonalData()),
  );
