import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, DEFAULT_PAGE, minPositionHeader, PageQueryDto } from '@era/platform';
import { UncertainMatch } from '@era/projection-title-a-z';
import { Page } from '@era/read-store';
import { ListUncertainMatchesHandler } from './list-uncertain-matches.handler';

@ApiTags('titles')
@Controller('titles/uncertain-matches')
export class ListUncertainMatchesController {
  constructor(private readonly handler: ListUncertainMatchesHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiOkResponse({ description: 'Titles that file under the same title in different works, one without ISSN, ISBN or DOI: matched by title only, kept apart' })
  list(@Query() dto: PageQueryDto, @Headers('x-min-position') minPosition: string | undefined): Promise<Page<UncertainMatch>> {
    return this.handler.execute({
      limit: dto.limit ?? DEFAULT_PAGE,
      ...(dto.cursor !== undefined ? { cursor: dto.cursor } : {}),
      minPosition: minPositionHeader(minPosition),
    });
  }
}
