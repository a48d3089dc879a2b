import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, DomainRefusal, ResponseHeaders } from '@era/platform';
import { TitleListReport } from '../import-title-list/title-list-report';
import { ReportFormatQueryDto, reportAnswer } from '../shared/report-format.dto';
import { TitleListHistory } from '../shared/title-list-history';
import { ListTitleListsHandler } from './list-title-lists.handler';

const MAX_VERSION_DIGITS = 9;

function versionOf(text: string): number {
  if (text.length > MAX_VERSION_DIGITS || !/^[1-9]\d*$/.test(text)) throw new DomainRefusal(400, 'invalid-version', 'version must be a whole number from 1');
  return Number(text);
}

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class ListTitleListsController {
  constructor(private readonly handler: ListTitleListsHandler) {}

  @Get(':id/title-lists')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiParam({ name: 'id', description: 'The package, URL-encoded' })
  @ApiOperation({
    summary: "A package's title-list versions (when each took effect, who recorded it, its file, summary and changes) and the files found unchanged",
  })
  @ApiOkResponse({ description: '{ resourceId, versions: [...], unchangedChecks: [...] }, oldest first' })
  history(@Param('id') resourceId: string): Promise<TitleListHistory & { resourceId: string }> {
    return this.handler.history(resourceId);
  }

  @Get(':id/title-lists/:version/report')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "One version's row report, JSON or (?format=csv) CSV" })
  async report(
    @Param('id') resourceId: string,
    @Param('version') version: string,
    @Query() query: ReportFormatQueryDto,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitleListReport | string> {
    const number = versionOf(version);
    return reportAnswer(await this.handler.report(resourceId, number), query.format, response, `title-list-report-v${number}`);
  }

  @Get(':id/title-lists/:version/file')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: "The vendor's file of one version, byte for byte as received (its SHA-256 checked again)" })
  async file(
    @Param('id') resourceId: string,
    @Param('version') version: string,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<StreamableFile> {
    const number = versionOf(version);
    const { entry, sizeBytes, content } = await this.handler.file(resourceId, number);
    response.setHeader('ETag', `"${entry.file.sha256}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content, {
      type: 'application/octet-stream',
      disposition: `attachment; filename="title-list-v${number}.txt"`,
      length: sizeBytes,
    });
  }
}
