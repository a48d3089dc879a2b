import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, VerificationReport, verifyEventStore } from '@era/event-store';
import { RAW_EVENT_STORE } from '@era/platform';
import { GetVerificationQuery } from './get-verification.query';

/** Problems listed at most in an answer; the walk goes on counting past them. */
export const MAX_PROBLEMS_LISTED = 100;

/** Verifies the raw store: the upcasting view serves events that differ from what was hashed. */
@QueryHandler(GetVerificationQuery)
export class GetVerificationHandler implements IQueryHandler<GetVerificationQuery, VerificationReport> {
  constructor(@Inject(RAW_EVENT_STORE) private readonly events: EventStore) {}

  execute({ streamPrefixes }: GetVerificationQuery): Promise<VerificationReport> {
    return verifyEventStore(this.events, { maxProblems: MAX_PROBLEMS_LISTED, ...(streamPrefixes?.length ? { streamPrefixes } : {}) });
  }
}
