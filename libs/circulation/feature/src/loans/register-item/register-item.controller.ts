import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { RegisterItemDto } from './register-item.dto';
import { RegisterItemHandler } from './register-item.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class RegisterItemController {
  constructor(private readonly handler: RegisterItemHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Registered; id is the barcode' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Already registered with the same details (retry)' })
  async register(
    @Body() item: RegisterItemDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute({ type: 'RegisterItem', data: { ...item } }, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, (barcode) => `/circulation/items/${encodeURIComponent(barcode)}`);
  }
}
