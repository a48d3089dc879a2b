import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BARCODE, BARCODE_MESSAGE, LOCATION, LOCATION_MESSAGE } from '../../shared/validation';
import { OverrideDto } from '../override.dto';

/** Lending an item to a borrower at a desk, with the overrides staff make where a rule would refuse. */
export class CheckOutDto {
  @ApiProperty({ example: '31234000012345' })
  @IsString()
  @Length(1, 64)
  @Matches(BARCODE, { message: `itemBarcode ${BARCODE_MESSAGE}` })
  itemBarcode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @ApiProperty({ example: 'main-library', description: 'The service point lending it' })
  @IsString()
  @MaxLength(80)
  @Matches(LOCATION, { message: `desk ${LOCATION_MESSAGE}` })
  desk!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen loan id: the same check-out sent again records nothing' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiPropertyOptional({ type: [OverrideDto], description: 'Blocks overridden, each with a reason (and a due date for a non-loanable item)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides?: OverrideDto[];
}
