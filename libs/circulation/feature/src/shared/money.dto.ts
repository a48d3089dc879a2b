import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

/** Largest amount a single charge or action may carry, in minor units (a million in major units). */
export const MAX_MINOR_UNITS = 100_000_000;

/** Money as the API takes it: whole minor units (cents, pence) and the ISO 4217 code. Fractions of a cent are refused. */
export class MoneyDto {
  @ApiProperty({ example: 250, description: 'Whole minor units (250 = 2.50); never fractional, never negative' })
  @IsInt({ message: 'minor must be a whole number of minor units (fractions of a cent are not money)' })
  @Min(0, { message: 'minor must not be negative' })
  @Max(MAX_MINOR_UNITS)
  minor!: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 currency code, upper case' })
  @IsString()
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code of three upper-case letters, e.g. EUR' })
  currency!: string;
}
