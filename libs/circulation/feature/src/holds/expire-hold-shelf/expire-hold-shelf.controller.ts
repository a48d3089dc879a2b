import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ExpireHoldShelfDto } from './expire-hold-shelf.dto';
import { ExpireHoldShelfHandler, HoldShelfSwept } from './expire-hold-shelf.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/hold-shelf/expiries')
export class ExpireHoldShelfController {
  constructor(private readonly handler: ExpireHoldShelfHandler) {}

  @Post()
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_MANAGERS, 'desk')
  @ApiOkResponse({ description: 'The holds expired (title, hold, the item released); none when nothing was due' })
  async sweep(
    @Body() body: ExpireHoldShelfDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<HoldShelfSwept> {
    const swept = await this.handler.execute(body.today, apiWriteMetadata(staff, headers));
    response.setHeader('X-Event-Position', String(swept.position));
    return swept;
  }
}
