import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { BlockConfigurationHandler } from '../configure-block-condition/configure-block-condition.handler';
import { BlockLimitKeyDto, SetBlockLimitDto } from './set-block-limit.dto';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/block-limits')
export class SetBlockLimitController {
  constructor(private readonly handler: BlockConfigurationHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'The limit is set (or was already)' })
  async set(
    @Body() body: SetBlockLimitDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute({ type: 'SetBlockLimit', data: body }, apiWriteMetadata(staff, headers)));
  }

  /** The group's limit for the condition taken away: the condition no longer blocks that group. */
  @Post('removal')
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'The limit is removed' })
  async remove(
    @Body() body: BlockLimitKeyDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute({ type: 'RemoveBlockLimit', data: body }, apiWriteMetadata(staff, headers)));
  }
}
