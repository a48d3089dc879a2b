import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, etagOf, minPositionHeader } from '@era/platform';
import { Reflecting } from '../register-shared/register-reads';
import { ParseRegisterIdPipe } from '../register-shared/register-path.pipes';
import { PlatformView } from '../register-shared/register-views';
import { GetPlatformHandler } from './get-platform.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('platforms')
export class GetPlatformController {
  constructor(private readonly handler: GetPlatformHandler) {}

  @Get(':id')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the platform reflects this global position' })
  @ApiOkResponse({ description: 'The platform with its provider name, hosts and access options; ETag = revision' })
  async get(
    @Param('id', ParseRegisterIdPipe) platformId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<PlatformView & Reflecting> {
    const platform = await this.handler.execute(platformId, minPositionHeader(minPosition));
    response.setHeader('ETag', etagOf(platform.revision));
    response.setHeader('X-Projection-Position', String(platform.position));
    return platform;
  }
}
