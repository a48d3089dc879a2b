import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { BARCODE, BARCODE_MESSAGE, LOCATION, LOCATION_MESSAGE } from '../../shared/validation';

/** An item handed in at a desk (any desk): the desk is where the item now is. */
export class CheckInDto {
  @ApiProperty({ example: '31234000012345' })
  @IsString()
  @Length(1, 64)
  @Matches(BARCODE, { message: `itemBarcode ${BARCODE_MESSAGE}` })
  itemBarcode!: string;

  @ApiProperty({ example: 'science-library' })
  @IsString()
  @MaxLength(80)
  @Matches(LOCATION, { message: `desk ${LOCATION_MESSAGE}` })
  desk!: string;
}
