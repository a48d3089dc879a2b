import { Module } from '@nestjs/common';
import { DeskStatisticsController } from './desk-statistics/desk-statistics.controller';
import { GetDeskStatisticsHandler } from './desk-statistics/get-desk-statistics.handler';
import { GetInquiryController } from './get-inquiry/get-inquiry.controller';
import { GetInquiryHandler } from './get-inquiry/get-inquiry.handler';
import { ListInquiriesController } from './list-inquiries/list-inquiries.controller';
import { ListInquiriesHandler } from './list-inquiries/list-inquiries.handler';
import { RecordHeadcountController } from './record-headcount/record-headcount.controller';
import { RecordHeadcountHandler } from './record-headcount/record-headcount.handler';
import { RecordInquiryController } from './record-inquiry/record-inquiry.controller';
import { RecordInquiryHandler } from './record-inquiry/record-inquiry.handler';
import { VoidHeadcountController } from './void-headcount/void-headcount.controller';
import { VoidHeadcountHandler } from './void-headcount/void-headcount.handler';
import { VoidInquiryController } from './void-inquiry/void-inquiry.controller';
import { VoidInquiryHandler } from './void-inquiry/void-inquiry.handler';

/** The service desk: inquiries, headcounts and their statistics. */
@Module({
  controllers: [
    ListInquiriesController,
    RecordInquiryController,
    VoidInquiryController,
    GetInquiryController,
    RecordHeadcountController,
    VoidHeadcountController,
    DeskStatisticsController,
  ],
  providers: [
    ListInquiriesHandler,
    RecordInquiryHandler,
    VoidInquiryHandler,
    GetInquiryHandler,
    RecordHeadcountHandler,
    VoidHeadcountHandler,
    GetDeskStatisticsHandler,
  ],
})
export class DeskModule {}
