import { DynamicModule, Module } from '@nestjs/common';
import { CIRCULATION_MODULES } from '@era/circulation';
import { DeskModule } from '@era/desk';
import { HOLDINGS_MODULES } from '@era/holdings';
import { AccessModule, AzModule, EResourcesWriteModule, RegisterModule } from '@era/e-resources';
import { LedgerModule } from '@era/ledger';
import { ComplianceReviewModule, LicensingReadModule, LicensingWriteModule } from '@era/licensing';
import { ALL_PROJECTIONS, ALL_UPCASTERS } from '@era/projection-catalogue';
import { AppConfig, PlatformModule } from '@era/platform';
import { CirculationCountsModule } from './circulation-counts/circulation-counts.module';
import { EResourceLinksModule } from './e-resource-links/e-resource-links.module';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  /** The HTTP API (with the projections too, in the embedded default). */
  static forApi(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, projections: ALL_PROJECTIONS, upcasters: ALL_UPCASTERS }),
        DeskModule,
        LicensingWriteModule,
        LicensingReadModule,
        ComplianceReviewModule,
        // Before the A-Z: its /a-z/:id would otherwise take /a-z/titles (routes are matched in registration order).
        ...HOLDINGS_MODULES,
        AzModule.register(),
        EResourcesWriteModule,
        EResourceLinksModule,
        LedgerModule,
        RegisterModule,
        AccessModule,
        ...CIRCULATION_MODULES,
        CirculationCountsModule,
      ],
      controllers: [HealthController],
    };
  }

  /** The projector process: projections, with their health and metrics over HTTP (no API route). */
  static forProjector(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ config, projections: ALL_PROJECTIONS, upcasters: ALL_UPCASTERS })],
      controllers: [HealthController],
    };
  }
}
