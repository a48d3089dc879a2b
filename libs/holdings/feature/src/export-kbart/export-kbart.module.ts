import { Module } from '@nestjs/common';
import { TitleAzModule } from '../title-a-z.module';
import { ExportKbartController } from './export-kbart.controller';
import { ExportKbartHandler } from './export-kbart.handler';
import { HoldingsFingerprint } from './holdings-fingerprint';

/** `GET /holdings/kbart`: the active holdings as the title A-Z's ActiveHoldingsReader gives them. */
@Module({
  imports: [TitleAzModule],
  controllers: [ExportKbartController],
  providers: [ExportKbartHandler, HoldingsFingerprint],
})
export class ExportKbartModule {}
