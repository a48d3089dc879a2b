import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, APP_CONFIG, AppConfig, minPositionHeader } from '@era/platform';
import { ExportEzproxyConfigHandler } from './export-ezproxy-config.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class ExportEzproxyConfigController {
  constructor(
    private readonly handler: ExportEzproxyConfigHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('ezproxy-config')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description:
      'A config.txt fragment: the stanza of every resource active today and proxied, in filing order then by id, each after "# <name> (<id>)". ' +
      'X-Unparsable-Stanzas names any left out because their stanza no longer parses.',
  })
  async export(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<string> {
    const today = new LocalCalendar(this.config.timeZone).today();
    const exported = await this.handler.execute(today, minPositionHeader(minPosition));
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('X-Projection-Position', String(exported.position));
    if (exported.unparsable.length > 0) response.setHeader('X-Unparsable-Stanzas', exported.unparsable.join(' '));
    return exported.text;
  }
}
