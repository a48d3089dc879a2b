import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { BarcodePipe } from '../barcode.pipe';
import { DeclareMissingDto } from './declare-missing.dto';
import { DeclareMissingHandler } from './declare-missing.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class DeclareMissingController {
  constructor(private readonly handler: DeclareMissingHandler) {}

  @Post(':barcode/missing')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'A claimed-returned item the library could not find is declared missing: the loan closes.' })
  async record(
    @Param('barcode', BarcodePipe) barcode: string,
    @Body() { comment }: DeclareMissingDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(barcode, comment, apiWriteMetadata(staff, headers)));
  }
}
