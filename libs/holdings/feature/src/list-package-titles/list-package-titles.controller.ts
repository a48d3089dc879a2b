import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles } from '@era/platform';
import { ListPackageTitlesQueryDto } from './list-package-titles.dto';
import { ListPackageTitlesHandler, PackageTitlesPage } from './list-package-titles.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class ListPackageTitlesController {
  constructor(private readonly handler: ListPackageTitlesHandler) {}

  @Get(':id/titles')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiParam({ name: 'id', description: 'The package, URL-encoded' })
  @ApiOperation({ summary: "The package's current titles (its latest title-list version), by key, with their values and coverage ranges" })
  @ApiOkResponse({ description: '{ resourceId, version, effectiveFrom, total, titles, nextCursor? }' })
  list(@Param('id') resourceId: string, @Query() query: ListPackageTitlesQueryDto): Promise<PackageTitlesPage> {
    return this.handler.execute(resourceId, query.limit, query.cursor);
  }
}
