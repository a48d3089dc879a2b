import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { BarcodePipe } from '../barcode.pipe';
import { ClaimReturnedDto } from './claim-returned.dto';
import { ClaimReturnedHandler } from './claim-returned.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class ClaimReturnedController {
  constructor(private readonly handler: ClaimReturnedHandler) {}

  @Post(':barcode/claimed-returned')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'The borrower says they returned the item: the loan stays open, claimed returned, counted in no block.' })
  async record(
    @Param('barcode', BarcodePipe) barcode: string,
    @Body() { comment }: ClaimReturnedDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(barcode, comment, apiWriteMetadata(staff, headers)));
  }
}
