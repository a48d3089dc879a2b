import { asFolded } from '@era/command-handling';
import {
  BorrowerEvent,
  BorrowerRuleViolation,
  BorrowerState,
  borrowerStreamId,
  ErasedBorrower,
  evolveBorrower,
  initialBorrower,
  RegisteredBorrower,
} from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { EventStore } from '@era/event-store';
import { SealedValue } from '@era/personal-data';

/** A borrower's stream folded: the decider's state, the sealed number of each card by digest, and when things happened. */
export interface BorrowerRecord {
  /** Registered or erased: a borrower never registered is refused (404) before any record is made. */
  readonly state: RegisteredBorrower | ErasedBorrower;
  readonly revision: number;
  readonly sealedCards: ReadonlyMap<string, { number: SealedValue; issuedAt: string }>;
  readonly registeredAt?: string;
  readonly erasedAt?: string;
}

/** Reads the borrower's own stream (current the moment its write is answered); unknown borrowers are 404. */
export async function readBorrower(events: EventStore, borrowerId: string): Promise<BorrowerRecord> {
  const id = canonicalId(borrowerId);
  let state: BorrowerState = initialBorrower;
  let revision = -1;
  const sealedCards = new Map<string, { number: SealedValue; issuedAt: string }>();
  let registeredAt: string | undefined;
  let erasedAt: string | undefined;
  for await (const recorded of events.readStream(borrowerStreamId(id))) {
    const event = asFolded<BorrowerEvent>(recorded);
    state = evolveBorrower(state, event);
    revision = recorded.streamRevision;
    const at = recorded.metadata.recordedAt;
    if (event.type === 'BorrowerRegistered' || event.type === 'BorrowerCardReplaced')
      sealedCards.set(event.data.card.digest, { number: event.data.card.number, issuedAt: at });
    if (event.type === 'BorrowerRegistered') registeredAt = at;
    if (event.type === 'BorrowerErased') erasedAt = at;
  }
  if (state.status === 'none') throw new BorrowerRuleViolation('borrower-not-found', `no borrower ${id} is registered`);
  return { state, revision, sealedCards, ...(registeredAt !== undefined && { registeredAt }), ...(erasedAt !== undefined && { erasedAt }) };
}
