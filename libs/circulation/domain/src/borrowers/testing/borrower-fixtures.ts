/**
 * Givens shared by the borrower specs (imported by specs only): sealed values of the right shape (the domain never
 * opens them, so no real cipher is needed), card digests, borrower events and the decider's specification.
 */
import { Folded } from '@era/decider';
import { deciderSpecification } from '@era/decider/testing';
import { PersonalDigest, SealedValue } from '@era/personal-data';
import { borrowerDecider } from '../borrower';
import { BorrowerContext } from '../borrower-context';
import { BorrowerEvent, BorrowerRegistered, SealedCard } from '../borrower-events';
import { BorrowerState } from '../borrower-state';

export const BORROWER_ID = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
export const OTHER_PERSON = '9e8d7c6b-5a49-4837-a261-5f4e3d2c1b0a';

/** Now, as the decisions of the specs see it. */
export const NOW = new Date('2026-12-03T10:00:00Z');

const pad = (seed: string, length: number) => seed.padEnd(length, 'A').slice(0, length);

/** A value sealed under a person's key, as the cipher adapter would return it; `seed` tells values apart. */
export const sealed = (seed: string, keyId = BORROWER_ID): SealedValue => ({
  version: 1,
  algorithm: 'A256GCM',
  keyId,
  iv: pad(`iv${seed}`, 16),
  cipherText: `ct${seed}xyz`,
  tag: pad(`tag${seed}`, 22),
});

/** The digest of a card number under the borrower's key, 43 base64url characters. */
export const digest = (seed: string): PersonalDigest => pad(`card${seed}`, 43);

export const card = (seed: string, keyId = BORROWER_ID): SealedCard => ({ number: sealed(`card${seed}`, keyId), digest: digest(seed) });

export const borrowerContext: BorrowerContext = { now: NOW, barcodeInUse: false, owes: null, itemsOut: 0 };

export const borrowerSpec = deciderSpecification(borrowerDecider, borrowerContext);

export const registered = (overrides: Partial<BorrowerRegistered> = {}): Folded<BorrowerEvent> => ({
  type: 'BorrowerRegistered',
  data: { borrowerId: BORROWER_ID, patronGroup: 'graduate', personalData: sealed('person-1'), card: card('1'), ...overrides },
});

export const cardReplaced = (seed: string, replaced: string, reason = 'card worn out'): Folded<BorrowerEvent> => ({
  type: 'BorrowerCardReplaced',
  data: { borrowerId: BORROWER_ID, card: card(seed), replacedCardDigest: digest(replaced), reason },
});

export const cardLost = (seed: string): Folded<BorrowerEvent> => ({
  type: 'BorrowerCardReportedLost',
  data: { borrowerId: BORROWER_ID, cardDigest: digest(seed) },
});

export const erased = (reason = 'the borrower asked to be forgotten'): Folded<BorrowerEvent> => ({
  type: 'BorrowerErased',
  data: { borrowerId: BORROWER_ID, reason },
});

export const stateAfter = (...events: Folded<BorrowerEvent>[]): BorrowerState => events.reduce(borrowerDecider.evolve, borrowerDecider.initialState);
