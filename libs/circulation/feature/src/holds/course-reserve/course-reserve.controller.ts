import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, DomainRefusal, ResponseHeaders, StaffMember } from '@era/platform';
import { BARCODE, BARCODE_MESSAGE } from '../../shared/validation';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { PlaceOnReserveDto } from './course-reserve.dto';
import { CourseReserveHandler } from './course-reserve.handler';

/** Who keeps course reserves: desk staff and above; student assistants do not. */
const RESERVE_KEEPERS = CIRCULATION_STAFF.filter((role) => role !== 'student');

/** Taking an item off reserve needs nothing more than the item. */
class TakeOffReserveDto {}

function barcodeOf(value: string): string {
  if (!BARCODE.test(value)) throw new DomainRefusal(400, 'invalid-barcode', `barcode ${BARCODE_MESSAGE}`);
  return value;
}

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class CourseReserveController {
  constructor(private readonly handler: CourseReserveHandler) {}

  @Post(':barcode/reserve')
  @HttpCode(200)
  @AllowRoles(...RESERVE_KEEPERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'On reserve for the course: a check-out in the term takes the short-loan policy' })
  async place(
    @Param('barcode') barcode: string,
    @Body() body: PlaceOnReserveDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.place(barcodeOf(barcode), body, apiWriteMetadata(staff, headers)));
  }

  @Post(':barcode/reserve/removal')
  @HttpCode(200)
  @AllowRoles(...RESERVE_KEEPERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'Off reserve: loans follow the ordinary policy again' })
  async remove(
    @Param('barcode') barcode: string,
    @Body() _body: TakeOffReserveDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.remove(barcodeOf(barcode), apiWriteMetadata(staff, headers)));
  }
}
