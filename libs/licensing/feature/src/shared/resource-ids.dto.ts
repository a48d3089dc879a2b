import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, Matches } from 'class-validator';
import { MAX_RESOURCE_IDS, RESOURCE_ID } from './validation';

/** E-resources by id (the e-resources domain comes later, so any well-formed id is accepted now). */
export class ResourceIdsDto {
  @ApiProperty({ type: [String], example: ['jstor-as1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RESOURCE_IDS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(RESOURCE_ID, { each: true, message: 'each resource id must be 1 to 120 letters, digits or ._:/- without spaces' })
  resourceIds!: string[];
}
