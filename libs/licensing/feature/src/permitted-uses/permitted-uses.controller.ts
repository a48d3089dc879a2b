import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { AllowRoles, APP_CONFIG, AppConfig, CurrentStaff, minPositionHeader, PERMITTED_USE_READERS, StaffMember } from '@era/platform';
import { PermittedUses, PermittedUsesHandler } from './permitted-uses.handler';
import { PermittedUsesQuery } from './permitted-uses.query';
import { PermittedUsesQueryDto } from './permitted-uses.dto';

/** What the desk answers patrons with: may this resource be used so, today? */
@ApiTags('licences')
@ApiBearerAuth()
@Controller('e-resources')
export class PermittedUsesController {
  constructor(
    private readonly handler: PermittedUsesHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':resourceId/permitted-uses')
  @AllowRoles(...PERMITTED_USE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the answer reflects this global position' })
  @ApiOkResponse({
    description:
      'For each licence linked to the resource, the effective answer today with its public note and whether it is confirmed; ' +
      'licences: [] for a resource no licence names. 422 unknown-term for a use outside the vocabulary. ' +
      'Values marked internal reach licence staff only (marked internal: true); to the desk and student assistants a use whose only value is internal reads "withheld", without its content or notes.',
  })
  async permittedUses(
    @Param('resourceId') resourceId: string,
    @Query() query: PermittedUsesQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
    @CurrentStaff() staff: StaffMember,
  ): Promise<PermittedUses> {
    const today = new LocalCalendar(this.config.timeZone).today();
    const answer = await this.handler.execute(new PermittedUsesQuery(resourceId, today, query.use, minPositionHeader(minPosition), staff.role));
    response.setHeader('X-Projection-Position', String(answer.position));
    return answer;
  }
}
