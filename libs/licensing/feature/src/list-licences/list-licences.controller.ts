import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, DEFAULT_PAGE, LICENCE_READERS, minPositionHeader } from '@era/platform';
import { LicencePage, ListLicencesHandler } from './list-licences.handler';
import { ListLicencesQuery } from './list-licences.query';
import { ListLicencesQueryDto } from './list-licences.dto';
import { FolioLicenceJson } from '@era/licensing-folio';
import { ExportFolioLicencesHandler } from '../export-folio-licences/export-folio-licences.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class ListLicencesController {
  constructor(
    private readonly handler: ListLicencesHandler,
    private readonly folio: ExportFolioLicencesHandler,
  ) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({
    description:
      'Licences in name order, each with its version counts and revision; nextCursor for the next page. format=folio: every licence as FOLIO licence JSON',
  })
  async list(
    @Query() query: ListLicencesQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<LicencePage | FolioLicenceJson[]> {
    if (query.format === 'folio') {
      const exported = await this.folio.execute(minPositionHeader(minPosition));
      response.setHeader('X-Projection-Position', String(exported.position));
      return exported.licences;
    }
    const page = await this.handler.execute(
      new ListLicencesQuery(
        query.limit ?? DEFAULT_PAGE,
        query.status,
        query.type,
        query.licensor,
        query.cursor,
        minPositionHeader(minPosition),
        query.lifecycle,
      ),
    );
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
