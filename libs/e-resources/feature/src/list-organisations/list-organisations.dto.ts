import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ORGANISATION_ROLES, OrganisationRole } from '@era/e-resources-domain';

/** Organisations in filing order, optionally only those with one role. */
export class ListOrganisationsQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES })
  @IsOptional()
  @IsIn(ORGANISATION_ROLES)
  role?: OrganisationRole;
}
