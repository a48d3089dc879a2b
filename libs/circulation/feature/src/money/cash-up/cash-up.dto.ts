import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { LOCAL_DAY, MONEY_FORMATS, MoneyFormat } from '../library-days';
import { OptionalLocationField } from '../../shared/circulation-fields';

export class CashUpQueryDto {
  @ApiPropertyOptional({ example: '2026-03-05', description: 'The day in the library’s time zone (LIBRARY_TIMEZONE); defaults to today' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DAY, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @OptionalLocationField('desk', { example: 'main-desk', description: 'One desk (service point) alone' })
  desk?: string;

  @ApiPropertyOptional({ enum: Object.keys(MONEY_FORMATS), description: 'Alternative to the Accept header, for links opened in a spreadsheet' })
  @IsOptional()
  @IsIn(Object.keys(MONEY_FORMATS))
  format?: MoneyFormat;
}
