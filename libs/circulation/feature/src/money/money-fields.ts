import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsNotEmptyObject, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { TEXT_MAX } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { MoneyDto } from '../shared/money.dto';
import { LocationField } from '../shared/circulation-fields';

/** One action spreads over at most this many charges. */
export const MAX_CHARGES_PER_ACTION = 100;

/** An amount of money: whole minor units and a currency (nested, every field checked). */
export const AmountField = () =>
  applyDecorators(
    ApiProperty({ type: MoneyDto }),
    IsNotEmptyObject(),
    ValidateNested(),
    Type(() => MoneyDto),
  );

/** The desk (service point) the action is taken at. */
export const DeskField = () => LocationField('desk');

/** A client-chosen id (a retry with it decides nothing), generated when absent. */
export const ClientIdField = (what: string) =>
  applyDecorators(ApiPropertyOptional({ format: 'uuid', description: `Client-chosen ${what} id, so that a retry is recorded once` }), IsOptional(), IsUUID());

/** Free text staff write (a reason, description, comment): screened for personal data and invisible characters. */
export const StaffText = (required: boolean, example: string) =>
  applyDecorators(
    required ? ApiProperty({ example, maxLength: TEXT_MAX }) : ApiPropertyOptional({ example, maxLength: TEXT_MAX }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Length(required ? 1 : 0, TEXT_MAX),
    asPropertyDecorator(VisibleCharactersOnly()),
    asPropertyDecorator(NoPersonalData()),
  );

/** The screening decorators name string properties; Nest's applyDecorators passes any property key. */
const asPropertyDecorator =
  (decorator: (target: object, propertyName: string) => void): PropertyDecorator =>
  (target, key) =>
    decorator(target, String(key));

/** The charges an action falls on, in the order the amount fills them. */
export const ChargeIdsField = () =>
  applyDecorators(
    ApiProperty({ type: [String], format: 'uuid', description: 'The charges, in the order the amount is to fill them' }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_CHARGES_PER_ACTION),
    ArrayUnique({ message: 'chargeIds must not name a charge twice' }),
    IsUUID('all', { each: true }),
  );
