import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { IssueCardDto } from './issue-card.dto';
import { IssueCardHandler } from './issue-card.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/cards')
export class IssueCardController {
  constructor(private readonly handler: IssueCardHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Card issued, replacing the one in use (or the same replacement sent again)' })
  async issue(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() { cardNumber, reason }: IssueCardDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(borrowerId, cardNumber, reason, apiWriteMetadata(staff, headers)));
  }
}
