import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { BARCODE, BARCODE_MESSAGE, LOCATION, LOCATION_MESSAGE } from './validation';

const locationChecks = (field: string) => [IsString(), Length(1, 80), Matches(LOCATION, { message: `${field} ${LOCATION_MESSAGE}` })];

/** A desk (service point) or location named in a body or query: length before pattern, the problem naming the field. */
export const LocationField = (field: string, api: ApiPropertyOptions = {}) =>
  applyDecorators(ApiProperty({ example: 'main-desk', ...api } as ApiPropertyOptions), ...locationChecks(field));

/** The same, where it may be left out (a filter). */
export const OptionalLocationField = (field: string, api: ApiPropertyOptions = {}) =>
  applyDecorators(ApiPropertyOptional({ example: 'main-desk', ...api } as ApiPropertyOptions), IsOptional(), ...locationChecks(field));

/** An item's barcode as a scanner sends it. */
export const BarcodeField = (field: string, api: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ example: '31234000012345', ...api } as ApiPropertyOptions),
    IsString(),
    Length(1, 64),
    Matches(BARCODE, { message: `${field} ${BARCODE_MESSAGE}` }),
  );
