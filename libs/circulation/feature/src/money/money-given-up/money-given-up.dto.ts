import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GIVEN_UP_KINDS, GivenUpKind } from '@era/projection-circulation-fee-fines';
import { LOCAL_DAY, MONEY_FORMATS, MoneyFormat } from '../library-days';
import { OptionalLocationField } from '../../shared/circulation-fields';

export class MoneyGivenUpQueryDto {
  @ApiPropertyOptional({ example: 's-desk', description: 'One staff member, by id' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[\p{L}\p{N}._@:-]+$/u, { message: 'staff must be a staff id' })
  staff?: string;

  @OptionalLocationField('desk', { example: 'main-desk' })
  desk?: string;

  @ApiPropertyOptional({ enum: GIVEN_UP_KINDS })
  @IsOptional()
  @IsIn(GIVEN_UP_KINDS)
  kind?: GivenUpKind;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'First day, in the library’s time zone (inclusive)' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day, in the library’s time zone (inclusive)' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: Object.keys(MONEY_FORMATS) })
  @IsOptional()
  @IsIn(Object.keys(MONEY_FORMATS))
  format?: MoneyFormat;
}
