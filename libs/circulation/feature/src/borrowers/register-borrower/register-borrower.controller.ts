import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { RegisterBorrowerDto } from './register-borrower.dto';
import { RegisterBorrowerHandler } from './register-borrower.handler';

export class BorrowerRegistered extends WriteAccepted {
  @ApiProperty({ description: 'The card number as registered, whole: shown here once, masked everywhere else' }) cardNumber!: string;
}

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers')
export class RegisterBorrowerController {
  constructor(private readonly handler: RegisterBorrowerHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: BorrowerRegistered, description: 'Registered' })
  @ApiOkResponse({ type: BorrowerRegistered, description: 'Registered already with the same details (retry)' })
  async register(
    @Body() body: RegisterBorrowerDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<BorrowerRegistered> {
    const { cardNumber, ...written } = await this.handler.execute(body, apiWriteMetadata(staff, headers));
    response.setHeader('Cache-Control', 'no-store');
    return writeResponse(response, written, (id) => `/circulation/borrowers/${id}`, { cardNumber });
  }
}
