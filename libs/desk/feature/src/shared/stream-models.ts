import { DeskEvent, evolveHeadcount, evolveInquiry, HeadcountState, initialHeadcount, initialInquiry, InquiryState } from '@era/desk-domain';
import { StreamModel } from '@era/platform';

export const inquiryModel: StreamModel<InquiryState, DeskEvent> = { initial: initialInquiry, evolve: evolveInquiry };
export const headcountModel: StreamModel<HeadcountState, DeskEvent> = { initial: initialHeadcount, evolve: evolveHeadcount };
