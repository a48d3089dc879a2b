import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, StaffMember } from '@era/platform';
import { SealedReviewDto } from './compliance-review.dto';
import { reviewBody, ReviewResponse } from './review-response';
import { SealAndReviewCommand } from './seal-and-review.command';
import { SealAndReviewOutcome } from './seal-and-review.handler';

@ApiTags('compliance review')
@ApiBearerAuth()
@Controller('compliance-reviews')
export class SealAndReviewController {
  constructor(private readonly commands: CommandBus) {}

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
    const scope = body.licenceId === undefined ? 'all licences' : `licence ${body.licenceId}`;
    const metadata = apiWriteMetadata(staff, headers, `compliance review of ${scope} as of ${body.asOf}`);
    const outcome = await this.commands.execute<SealAndReviewCommand, SealAndReviewOutcome>(
      new SealAndReviewCommand(body.asOf, body.licenceId, body.seal ?? true, metadata, body.effectiveOn),
    );
    if (outcome.position !== undefined) response.setHeader('X-Event-Position', String(outcome.position));
    return reviewBody(outcome.review, body.format, headers.accept, response);
  }
}
