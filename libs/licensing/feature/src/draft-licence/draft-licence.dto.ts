import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LICENCE_TYPES, LicenceType } from '@era/licensing-domain';
import { MAX_RESOURCE_IDS, NAME_MAX, NOT_BLANK, RESOURCE_ID } from '../shared/validation';

/** A new licence, in negotiation until its status is recorded otherwise. */
export class DraftLicenceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request does not draft twice' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'JSTOR Arts & Sciences I', maxLength: NAME_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty({ example: 'ITHAKA', description: 'The vendor granting the licence', maxLength: NAME_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'licensor must not be blank' })
  @MaxLength(NAME_MAX)
  licensor!: string;

  @ApiProperty({ enum: LICENCE_TYPES })
  @IsIn(LICENCE_TYPES)
  type!: LicenceType;

  @ApiPropertyOptional({ example: 'NERL', description: 'Required for consortial licences, refused for others' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'consortium must not be blank' })
  @MaxLength(NAME_MAX)
  consortium?: string;

  @ApiPropertyOptional({ type: [String], example: ['jstor-as1'], description: 'E-resources the licence governs, by id' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RESOURCE_IDS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(RESOURCE_ID, { each: true, message: 'each resource id must be 1 to 120 letters, digits or ._:/- without spaces' })
  resourceIds?: string[];
}
