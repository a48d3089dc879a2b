import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { assertKeptSeal, SealAssertion, StreamStateSpill, VerificationReport, verifyEventStore } from '@era/ledger-integrity';
import { OPEN_VERIFICATION_SPILL, RAW_EVENT_STORE, WholeLogQueue } from '@era/platform';
import { GetVerificationQuery } from './get-verification.query';

/** Problems listed at most in an answer; the walk goes on counting past them. */
export const MAX_PROBLEMS_LISTED = 100;

/** The report, and for each kept digest asked about, whether a recorded seal has it and holds. */
export type VerificationAnswer = VerificationReport & { assertedSeals?: SealAssertion[] };

/** Verifies the raw store: the upcasting view serves events that differ from what was hashed. */
@Injectable()
export class GetVerificationHandler {
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly events: EventStore,
    private readonly wholeLog: WholeLogQueue,
    @Optional() @Inject(OPEN_VERIFICATION_SPILL) private readonly openSpill?: () => StreamStateSpill,
  ) {}

  async execute({ streamPrefixes, keptSealDigests }: GetVerificationQuery): Promise<VerificationAnswer> {
    const report = await this.wholeLog.run(() =>
      verifyEventStore(this.events, {
        maxProblems: MAX_PROBLEMS_LISTED,
        ...(streamPrefixes?.length ? { streamPrefixes } : {}),
        ...(this.openSpill ? { openSpill: this.openSpill } : {}),
      }),
    );
    if (keptSealDigests.length === 0) return report;
    const assertedSeals = keptSealDigests.map((digest) => assertKeptSeal(report.seals, digest));
    return { ...report, ok: report.ok && assertedSeals.every((assertion) => assertion.holds), assertedSeals };
  }
}
