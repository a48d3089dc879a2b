import { Body, Controller, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MAX_HTTP_IMPORT_RECORDS, readFolioImportFile } from '@era/licensing-folio';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DomainRefusal, LICENCE_DIRECTORS, ResponseHeaders, StaffMember } from '@era/platform';
import { ImportFolioLicencesQueryDto } from './import-folio-licences.dto';
import { ImportFolioLicencesHandler } from './import-folio-licences.handler';
import { FolioImportReport } from './folio-import-report';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports/folio-licences')
export class ImportFolioLicencesController {
  constructor(private readonly handler: ImportFolioLicencesHandler) {}

  @Post()
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiBody({
    description: `FOLIO licence JSON as its /licenses/licenses API answers it: an array, or {"licenses": [ … ]}; at most ${MAX_HTTP_IMPORT_RECORDS} licences`,
  })
  @ApiOkResponse({
    description: 'The report: each licence (imported, updated, unchanged, refused) and every value of it (mapped, defined, unchanged, corrected, refused)',
  })
  async import(
    @Body() body: unknown,
    @Query() query: ImportFolioLicencesQueryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<FolioImportReport> {
    const file = readFolioImportFile(body, MAX_HTTP_IMPORT_RECORDS);
    if (file.problem !== undefined) throw new DomainRefusal(400, 'invalid-folio-import', file.problem);
    const { causationId: _each, ...metadata } = apiWriteMetadata(staff, headers);
    const report = await this.handler.execute({ records: file.records, dryRun: query.dryRun === 'true', metadata: { ...metadata, source: 'import' } });
    response.setHeader('X-Event-Position', String(report.position));
    return report;
  }
}
