import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { TITLE_ID, TITLE_ID_MESSAGE } from '../holds-validation';
import { OverrideDto, OverridesField } from '../../shared/override.dto';
import { LocationField } from '../../shared/circulation-fields';

export class PlaceHoldDto {
  @ApiProperty({ example: 'title-dune' })
  @IsString()
  @Length(1, 100)
  @Matches(TITLE_ID, { message: TITLE_ID_MESSAGE })
  titleId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @LocationField('pickupLocation', { example: 'main-desk', description: 'The desk whose hold shelf the item waits on' })
  pickupLocation!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request places one hold' })
  @IsOptional()
  @IsUUID()
  holdId?: string;

  @OverridesField('Overrides of the blocks that refuse the hold (requestPatronBlock)')
  overrides?: OverrideDto[];
}
