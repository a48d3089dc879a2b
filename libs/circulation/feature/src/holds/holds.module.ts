import { Module } from '@nestjs/common';
import { CirculationReadsModule } from '../shared/circulation-reads.module';
import { CancelHoldController } from './cancel-hold/cancel-hold.controller';
import { CancelHoldHandler } from './cancel-hold/cancel-hold.handler';
import { CourseReserveController } from './course-reserve/course-reserve.controller';
import { CourseReserveHandler } from './course-reserve/course-reserve.handler';
import { ExpireHoldShelfController } from './expire-hold-shelf/expire-hold-shelf.controller';
import { ExpireHoldShelfHandler } from './expire-hold-shelf/expire-hold-shelf.handler';
import { HoldsDesk } from './holds-desk';
import { PlaceHoldController } from './place-hold/place-hold.controller';
import { PlaceHoldHandler } from './place-hold/place-hold.handler';
import { TitleHoldsController } from './title-holds/title-holds.controller';
import { TitleHoldsHandler } from './title-holds/title-holds.handler';

/** Holds on titles (place, cancel, the hold-shelf sweep, the queue) and course reserves on items. */
@Module({
  imports: [CirculationReadsModule],
  controllers: [PlaceHoldController, CancelHoldController, ExpireHoldShelfController, TitleHoldsController, CourseReserveController],
  providers: [HoldsDesk, PlaceHoldHandler, CancelHoldHandler, ExpireHoldShelfHandler, TitleHoldsHandler, CourseReserveHandler],
})
export class HoldsModule {}
