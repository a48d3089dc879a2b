import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { RemoveManualBlockDto } from './remove-manual-block.dto';
import { RemoveManualBlockHandler } from './remove-manual-block.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/manual-blocks/:blockId/removal')
export class RemoveManualBlockController {
  constructor(private readonly handler: RemoveManualBlockHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Removed: the block no longer refuses anything' })
  async remove(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Param('blockId', new ParseUUIDPipe()) blockId: string,
    @Body() { reason }: RemoveManualBlockDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute(borrowerId, blockId, reason, apiWriteMetadata(staff, headers));
    return writeResponse(response, written);
  }
}
