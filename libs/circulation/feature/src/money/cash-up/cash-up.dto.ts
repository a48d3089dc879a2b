import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { LOCATION, LOCATION_MESSAGE } from '../../shared/validation';
import { LOCAL_DAY, MONEY_FORMATS, MoneyFormat } from '../library-days';

export class CashUpQueryDto {
  @ApiPropertyOptional({ example: '2026-03-05', description: 'The day in the library’s time zone (LIBRARY_TIMEZONE); defaults to today' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DAY, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({ example: 'main-desk', description: 'One desk (service point) alone' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(LOCATION, { message: `desk ${LOCATION_MESSAGE}` })
  desk?: string;

  @ApiPropertyOptional({ enum: Object.keys(MONEY_FORMATS), description: 'Alternative to the Accept header, for links opened in a spreadsheet' })
  @IsOptional()
  @IsIn(Object.keys(MONEY_FORMATS))
  format?: MoneyFormat;
}
