import { IncomingMessage } from 'node:http';
import { Controller, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ImportTitleListQueryDto, TitleListJobAccepted } from './import-title-list.dto';
import { ImportTitleListHandler } from './import-title-list.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class ImportTitleListController {
  constructor(private readonly handler: ImportTitleListHandler) {}

  @Post(':id/title-lists')
  @HttpCode(202)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({ summary: "Import a vendor's KBART title list into a package: a job, whose progress and row report GET /title-list-jobs/{jobId} gives" })
  @ApiParam({ name: 'id', description: 'The package (an e-resource of type e-journal-package or e-book-collection), URL-encoded' })
  @ApiConsumes('text/plain', 'text/tab-separated-values', 'text/csv', 'application/octet-stream', '*/*')
  @ApiBody({ description: "The vendor's file itself, as the raw body (any Content-Type, any encoding)", schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: TitleListJobAccepted, description: 'The import runs; Location names the job' })
  async import(
    @Param('id') resourceId: string,
    @Query() query: ImportTitleListQueryDto,
    @Req() request: IncomingMessage,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitleListJobAccepted> {
    const declared = Number(headers['content-length']);
    const job = await this.handler
      .execute(
        {
          resourceId,
          content: request,
          ...(Number.isFinite(declared) && declared > 0 && { totalBytes: declared }),
          ...(query.fileName !== undefined && { fileName: query.fileName }),
          ...(query.encoding !== undefined && { encoding: query.encoding }),
          ...(query.strict !== undefined && { strict: query.strict }),
          ...(query.effectiveFrom !== undefined && { effectiveFrom: query.effectiveFrom }),
          ...(query.reason !== undefined && { reason: query.reason }),
        },
        apiWriteMetadata(staff, headers, query.reason),
      )
      .catch((error: unknown) => {
        // Refused before the upload was read: discard the body, so that the refusal can still be answered.
        if (!request.complete) request.resume();
        throw error;
      });
    const location = `/title-list-jobs/${job.jobId}`;
    response.setHeader('Location', location);
    return { jobId: job.jobId, status: job.status, location };
  }
}
