import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANISATION_ID, ORGANISATION_ID_MESSAGE } from '../access-shared/validation';

export class ListIpRangeSendingsQueryDto {
  @ApiPropertyOptional({ example: 'org-ebsco', description: 'Only the sendings to this vendor' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(ORGANISATION_ID, { message: ORGANISATION_ID_MESSAGE })
  organisationId?: string;
}
