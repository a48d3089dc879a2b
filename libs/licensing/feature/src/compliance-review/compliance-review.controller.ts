import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, LICENCE_READERS } from '@era/platform';
import { ComplianceReviewQueryDto } from './compliance-review.dto';
import { GetComplianceReviewHandler } from './get-compliance-review.handler';
import { GetComplianceReviewQuery } from './get-compliance-review.query';
import { reviewBody, ReviewResponse } from './review-response';

@ApiTags('compliance review')
@ApiBearerAuth()
@Controller()
export class ComplianceReviewController {
  constructor(private readonly handler: GetComplianceReviewHandler) {}

  @Get('licences/:id/compliance-review')
  @AllowRoles(...LICENCE_READERS)
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({
    description:
      'The licence as recorded by asOf, its terms effective then, versions, documents, audit trail, and the verification of its stream; 404 if not on record by asOf',
  })
  one(
    @Param('id') licenceId: string,
    @Query() query: ComplianceReviewQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: ReviewResponse,
  ): Promise<string> {
    return this.review(query, accept, response, licenceId);
  }

  @Get('compliance-review')
  @AllowRoles(...LICENCE_READERS)
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: 'Every licence on record by asOf, reviewed as for one licence' })
  all(
    @Query() query: ComplianceReviewQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: ReviewResponse,
  ): Promise<string> {
    return this.review(query, accept, response);
  }

  private async review(query: ComplianceReviewQueryDto, accept: string | undefined, response: ReviewResponse, licenceId?: string): Promise<string> {
    const review = await this.handler.execute(new GetComplianceReviewQuery(query.asOf, licenceId, query.effectiveOn));
    return reviewBody(review, query.format, accept, response);
  }
}
