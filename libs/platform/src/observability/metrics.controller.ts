import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { METRICS_READERS } from '@era/decider';
import { AllowRoles } from '../auth/auth.decorators';
import { ServiceMetrics } from './service-metrics';

/**
 * Prometheus metrics. Not public: they tell how busy the desk is and how the stores behave. A scraper gets a staff
 * token of the `metrics` role, which may read this and nothing else; admins may read it too.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @AllowRoles(...METRICS_READERS)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  async scrape(@Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown }): Promise<string> {
    const { contentType, body } = await this.metrics.scrape();
    response.setHeader('Content-Type', contentType);
    return body;
  }
}
