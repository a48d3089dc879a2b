import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, StaffMember } from '@era/platform';
import { SealedReviewDto } from './compliance-review.dto';
import { reviewBody, ReviewResponse } from './review-response';
import { SealAndReviewCommand } from './seal-and-review.command';
import { SealAndReviewHandler } from './seal-and-review.handler';

@ApiTags('compliance review')
@ApiBearerAuth()
@Controller('compliance-reviews')
export class SealAndReviewController {
  constructor(private readonly handler: SealAndReviewHandler) {}

  @Post()
  @HttpCode(201)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiProduces('application/json', 'text/html')
  @ApiCreatedResponse({ description: 'A ledger seal recorded, then the review with a `seal` section holding the digest to keep outside the system' })
  async sealAndReview(
    @Body() body: SealedReviewDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: ReviewResponse,
  ): Promise<string> {
    const outcome = await this.handler.execute(
      new SealAndReviewCommand(body.asOf, body.licenceId, body.seal ?? true, apiWriteMetadata(staff, headers), body.effectiveOn),
    );
    if (outcome.position !== undefined) response.setHeader('X-Event-Position', String(outcome.position));
    return reviewBody(outcome.review, body.format, headers.accept, response);
  }
}
