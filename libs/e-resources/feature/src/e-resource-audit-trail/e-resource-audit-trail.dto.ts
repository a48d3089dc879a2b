import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DATE_OR_INSTANT } from '@era/calendar';
import { PageQueryDto } from '@era/platform';

const DATE_OR_INSTANT_MESSAGE = 'must be a local date YYYY-MM-DD or an ISO-8601 instant with offset';

/** The resource audit trail, filtered by resource, staff member, field and time recorded. */
export class EResourceAuditTrailQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'jstor/arts-1', description: 'Only changes of this resource' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  resourceId?: string;

  @ApiPropertyOptional({ example: 's-associate', description: 'Staff id of whoever recorded the change' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actorId?: string;

  @ApiPropertyOptional({
    example: 'deactivation',
    description:
      'Only changes of this field: name, alternateNames, formerNames, description, resourceType, subjects, platformId, vendorId, publicAccessNotes, ' +
      'internalNotes, accessUrl, proxied, hidden, stanza, replacedBy; per activation: activation, effectiveFrom, accessKind, trialEndsOn, audience, ' +
      'retracted, deactivation, deactivation.effectiveOn',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Recorded from: a local date (start of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: `from ${DATE_OR_INSTANT_MESSAGE}` })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Recorded until: a local date (end of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: `to ${DATE_OR_INSTANT_MESSAGE}` })
  to?: string;
}
