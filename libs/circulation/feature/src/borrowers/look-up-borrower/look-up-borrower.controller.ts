import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_STAFF, ResponseHeaders } from '@era/platform';
import { LookUpBorrowerDto } from './look-up-borrower.dto';
import { BorrowerFound, LookUpBorrowerHandler } from './look-up-borrower.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrower-lookups')
export class LookUpBorrowerController {
  constructor(private readonly handler: LookUpBorrowerHandler) {}

  /** POST rather than GET so that a card number never sits in a URL, a browser history or an access log; records nothing. */
  @Post()
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ description: 'The borrower holding the card, and whether the card is active, replaced or reported lost' })
  async lookUp(@Body() { cardNumber }: LookUpBorrowerDto, @Res({ passthrough: true }) response: ResponseHeaders): Promise<BorrowerFound> {
    response.setHeader('Cache-Control', 'no-store');
    return this.handler.execute(cardNumber);
  }
}
