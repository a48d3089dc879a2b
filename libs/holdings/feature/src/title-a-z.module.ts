import { Module } from '@nestjs/common';
import { ActiveHoldingsReader } from './title-a-z/active-holdings-reader';
import { TitleAzReads } from './title-a-z/title-a-z-reads';

/**
 * The title A-Z's reads: public `GET /a-z/titles`, staff `GET /titles/uncertain-matches`, and the active holdings
 * that the KBART export reads (import this module to inject ActiveHoldingsReader).
 */
@Module({
  controllers: [],
  providers: [TitleAzReads, ActiveHoldingsReader],
  exports: [TitleAzReads, ActiveHoldingsReader],
})
export class TitleAzModule {}
