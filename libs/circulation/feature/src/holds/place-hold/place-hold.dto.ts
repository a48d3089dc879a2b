import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LOCATION, LOCATION_MESSAGE } from '../../shared/validation';
import { OverrideDto, TITLE_ID, TITLE_ID_MESSAGE } from '../holds-validation';

export class PlaceHoldDto {
  @ApiProperty({ example: 'title-dune' })
  @IsString()
  @Length(1, 100)
  @Matches(TITLE_ID, { message: TITLE_ID_MESSAGE })
  titleId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @ApiProperty({ example: 'main-desk', description: 'The desk whose hold shelf the item waits on' })
  @IsString()
  @Length(1, 80)
  @Matches(LOCATION, { message: `pickupLocation ${LOCATION_MESSAGE}` })
  pickupLocation!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request places one hold' })
  @IsOptional()
  @IsUUID()
  holdId?: string;

  @ApiPropertyOptional({ type: [OverrideDto], description: 'Overrides of the blocks that refuse the hold (requestPatronBlock)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides?: OverrideDto[];
}
