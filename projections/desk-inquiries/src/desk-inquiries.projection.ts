import { DeskEvent } from '@era/desk-domain';
import { defineProjection } from '@era/projection-engine';

export const DESK_INQUIRIES = 'desk-inquiries';
export const INQUIRY_LIST = 'inquiries';

/** One inquiry as desk staff look it up, e.g. to find and void a mistaken entry. */
export type InquiryListing = {
  id: string;
  occurredAt: string;
  location: string;
  channel: string;
  questionType: string;
  readLevel: number;
  durationMinutes: number;
  referral?: string;
  note?: string;
  status: 'recorded' | 'voided';
  voidReason?: string;
  /** Staff member who recorded it (staff, never patron, identity). */
  recordedBy: string;
  recordedAt: string;
  /** Stream revision: the ETag to send as If-Match when voiding. */
  revision: number;
};

export const deskInquiriesProjection = defineProjection<DeskEvent>({
  name: DESK_INQUIRIES,
  version: 1,
  collections: [{ name: INQUIRY_LIST, indexes: ['occurredAt', 'location', 'status'] }],
  handlers: {
    InquiryRecorded: (event, context) => {
      const { inquiryId, ...inquiry } = event.data;
      context.put(INQUIRY_LIST, {
        id: inquiryId,
        ...inquiry,
        status: 'recorded',
        recordedBy: event.metadata.actor.id,
        recordedAt: event.metadata.recordedAt,
        revision: event.streamRevision,
      });
    },
    InquiryVoided: async (event, context) => {
      const { inquiryId, reason } = event.data;
      const listing = await context.get<InquiryListing>(INQUIRY_LIST, inquiryId);
      if (listing) context.put(INQUIRY_LIST, { ...listing, status: 'voided', voidReason: reason, revision: event.streamRevision });
    },
  },
});
