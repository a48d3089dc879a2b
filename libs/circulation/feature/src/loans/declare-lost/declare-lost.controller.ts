import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { BarcodePipe } from '../barcode.pipe';
import { DeclareLostDto } from './declare-lost.dto';
import { DeclareLostHandler } from './declare-lost.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class DeclareLostController {
  constructor(private readonly handler: DeclareLostHandler) {}

  @Post(':barcode/declared-lost')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({
    type: WriteAccepted,
    description: 'The loan’s item is declared lost: the lost item fee and its processing fee are charged to the borrower.',
  })
  async record(
    @Param('barcode', BarcodePipe) barcode: string,
    @Body() { comment }: DeclareLostDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(barcode, comment, apiWriteMetadata(staff, headers)));
  }
}
