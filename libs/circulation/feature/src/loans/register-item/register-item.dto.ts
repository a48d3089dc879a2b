import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ITEM_TYPES, ItemType } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { BarcodeField, LocationField } from '../../shared/circulation-fields';

/** An item, just enough to circulate: its barcode, its title (and the title's id, which holds are placed on), where it belongs, its type. */
export class RegisterItemDto {
  @BarcodeField('barcode', { example: '31234000012345' })
  barcode!: string;

  @ApiProperty({ example: 'Dune' })
  @IsString()
  @Length(1, 500)
  @VisibleCharactersOnly()
  @NoPersonalData()
  title!: string;

  @ApiProperty({ example: 'title-dune', description: 'The title (instance) the item is a copy of: holds are placed on it' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { message: 'titleId must be 1 to 100 letters, digits, . _ : or -' })
  titleId!: string;

  @LocationField('owningLocation', { example: 'main-library' })
  owningLocation!: string;

  @ApiProperty({ enum: ITEM_TYPES })
  @IsIn(ITEM_TYPES)
  itemType!: ItemType;

  @ApiProperty({ description: 'false for items that do not leave the library (only the head of the desk may lend one, through an override)' })
  @IsBoolean()
  loanable!: boolean;
}
