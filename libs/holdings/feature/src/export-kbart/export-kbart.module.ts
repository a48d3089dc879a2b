import { Module } from '@nestjs/common';
import { ExportKbartController } from './export-kbart.controller';
import { ExportKbartHandler } from './export-kbart.handler';

/**
 * `GET /holdings/kbart`. The active holdings come from the title A-Z's reader, bound to ACTIVE_HOLDINGS_READER here;
 * a test composes the controller and handler with a reader of its own.
 */
@Module({
  controllers: [ExportKbartController],
  providers: [ExportKbartHandler],
})
export class ExportKbartModule {}
