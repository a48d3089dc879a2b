import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE } from '@era/calendar';
import { PageQueryDto, VisibleCharactersOnly } from '@era/platform';
import { A_Z_LETTERS } from '../get-a-z/get-a-z.dto';

const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Every resource as it stands, hidden and inactive ones too, with filters. */
export class ListEResourcesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'The day "active" refers to; defaults to today in LIBRARY_TIMEZONE' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(CALENDAR_DATE, { message: 'activeOn must be a calendar date YYYY-MM-DD' })
  activeOn?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only resources active on activeOn (true) or only the others (false)' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'hidden must be true or false' })
  hidden?: boolean;

  @ApiPropertyOptional({ description: 'A resource-type key' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  type?: string;

  @ApiPropertyOptional({ description: "A vendor organisation's id" })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  vendor?: string;

  @ApiPropertyOptional({ enum: A_Z_LETTERS })
  @IsOptional()
  @IsIn(A_Z_LETTERS, { message: 'letter must be one of A to Z or #' })
  letter?: string;

  @ApiPropertyOptional({ description: 'Words to find in the names and description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @VisibleCharactersOnly()
  q?: string;
}
