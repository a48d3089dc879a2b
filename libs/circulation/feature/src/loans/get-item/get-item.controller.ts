import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, etagOf, ResponseHeaders } from '@era/platform';
import { BarcodePipe } from '../barcode.pipe';
import { CIRCULATION_READERS } from '../roles';
import { GetItemHandler, ItemView } from './get-item.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class GetItemController {
  constructor(private readonly handler: GetItemHandler) {}

  @Get(':barcode')
  @AllowRoles(...CIRCULATION_READERS)
  @ApiOkResponse({ description: 'The item, its status and where it is, its open loan and the hold it serves; ETag = revision' })
  async get(@Param('barcode', BarcodePipe) barcode: string, @Res({ passthrough: true }) response: ResponseHeaders): Promise<ItemView> {
    const { view, revision } = await this.handler.execute(barcode);
    response.setHeader('ETag', etagOf(revision));
    return view;
  }
}
