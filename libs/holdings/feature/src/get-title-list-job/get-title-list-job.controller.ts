import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, ResponseHeaders } from '@era/platform';
import { TitleListJobView } from '../import-title-list/import-title-list.dto';
import { TitleListReport } from '../import-title-list/title-list-report';
import { ReportFormatQueryDto, reportAnswer } from '../shared/report-format.dto';
import { GetTitleListJobHandler } from './get-title-list-job.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('title-list-jobs')
export class GetTitleListJobController {
  constructor(private readonly handler: GetTitleListJobHandler) {}

  @Get(':jobId')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiOperation({ summary: 'A title-list import: its progress while it runs, its outcome and report once done' })
  @ApiOkResponse({ type: TitleListJobView })
  get(@Param('jobId') jobId: string): TitleListJobView {
    return this.handler.view(jobId);
  }

  @Get(':jobId/report')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "The job's row report: every rejected, repaired, duplicate or differing row, with line, column, code, message and original value" })
  async report(
    @Param('jobId') jobId: string,
    @Query() query: ReportFormatQueryDto,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitleListReport | string> {
    return reportAnswer(await this.handler.report(jobId), query.format, response, `title-list-report-${jobId}`);
  }
}
