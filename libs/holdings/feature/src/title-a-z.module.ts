import { Module } from '@nestjs/common';
import { ActiveHoldingsReader } from './title-a-z/active-holdings-reader';
import { GetTitleAzController } from './title-a-z/get-title-a-z/get-title-a-z.controller';
import { GetTitleAzHandler } from './title-a-z/get-title-a-z/get-title-a-z.handler';
import { ListUncertainMatchesController } from './title-a-z/list-uncertain-matches/list-uncertain-matches.controller';
import { ListUncertainMatchesHandler } from './title-a-z/list-uncertain-matches/list-uncertain-matches.handler';
import { TitleAzReads } from './title-a-z/title-a-z-reads';

/**
 * The title A-Z's reads: public `GET /a-z/titles`, staff `GET /titles/uncertain-matches`, and the active holdings
 * that the KBART export reads (import this module to inject ActiveHoldingsReader).
 */
@Module({
  controllers: [GetTitleAzController, ListUncertainMatchesController],
  providers: [TitleAzReads, ActiveHoldingsReader, GetTitleAzHandler, ListUncertainMatchesHandler],
  exports: [TitleAzReads, ActiveHoldingsReader],
})
export class TitleAzModule {}
