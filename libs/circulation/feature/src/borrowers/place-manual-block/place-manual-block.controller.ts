import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { PlaceManualBlockDto } from './place-manual-block.dto';
import { PlaceManualBlockHandler } from './place-manual-block.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/manual-blocks')
export class PlaceManualBlockController {
  constructor(private readonly handler: PlaceManualBlockHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Placed; id is the block id' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Placed already with the same details (retry)' })
  async place(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: PlaceManualBlockDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, (blockId) => `/circulation/borrowers/${borrowerId}/manual-blocks/${blockId}`);
  }
}
