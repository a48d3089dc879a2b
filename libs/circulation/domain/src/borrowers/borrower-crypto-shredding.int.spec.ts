/**
 * The borrower decider with the real key store (in memory): what a command handler does (seal, digest, claim the card
 * number, decide) leaves no plain personal data in the events, and erasing the key leaves nothing of the person
 * readable while the history's non-personal facts stay whole.
 */
import { SqlitePersonalDataKeys } from '@era/personal-data-sqlite';
import { borrowerDecider } from './borrower';
import { BorrowerContext } from './borrower-context';
import { BorrowerEvent } from './borrower-events';
import { BORROWER_SEAL_PURPOSES, BorrowerPersonalData } from './borrower-personal-data';

const BORROWER = '5d1c0e8a-2b3f-4c6d-8e9f-0a1b2c3d4e5f';
const PERSON: BorrowerPersonalData = {
  name: 'Philippa Yarborough-Quist',
  email: 'p.yarborough-quist@example.net',
  phone: '+31 20 555 0199',
  address: '14 Keizersgracht, Amsterdam',
  dateOfBirth: '1991-04-17',
  identityDocument: { type: 'passport', number: 'NX4417902', issuedBy: 'NLD' },
};
const CARD = '29110004417902';
const PLAIN = [PERSON.name, PERSON.email!, PERSON.phone!, 'Keizersgracht', '1991-04-17', 'NX4417902', CARD];
const context: BorrowerContext = { now: new Date('2026-12-03T10:00:00Z'), barcodeInUse: false, owes: null, itemsOut: 0 };

describe('a borrower’s personal data, crypto-shredded', () => {
  let keys: SqlitePersonalDataKeys;
  beforeEach(() => (keys = new SqlitePersonalDataKeys({ file: ':memory:' })));
  afterEach(() => keys.close());

  it('is never plain in an event, and once the key is erased nothing of it opens or is found; the history stays whole', async () => {
    const { personalData, cardNumber } = BORROWER_SEAL_PURPOSES;
    const held = await keys.claim(BORROWER, cardNumber, CARD);
    const registration = borrowerDecider.decide(
      {
        type: 'RegisterBorrower',
        data: {
          borrowerId: BORROWER,
          patronGroup: 'external-borrower',
          personalData: await keys.seal(BORROWER, personalData, JSON.stringify(PERSON)),
          card: { number: await keys.seal(BORROWER, cardNumber, CARD), digest: await keys.digest(BORROWER, cardNumber, CARD) },
          expiresOn: '2027-06-30',
          identityDocumentType: 'passport',
        },
      },
      borrowerDecider.initialState,
      { ...context, barcodeInUse: held.heldBy !== BORROWER },
    );
    const payload = JSON.stringify(registration).toLowerCase();
    expect(PLAIN.filter((plain) => payload.includes(plain.toLowerCase()))).toEqual([]);
    const [registered] = registration;
    if (registered.type !== 'BorrowerRegistered') throw new Error('expected a registration');
    expect(JSON.parse(String(await keys.open(registered.data.personalData, personalData)))).toEqual(PERSON);

    const state = registration.reduce(borrowerDecider.evolve, borrowerDecider.initialState);
    const erasure = borrowerDecider.decide({ type: 'EraseBorrower', data: { borrowerId: BORROWER, reason: 'asked to be forgotten' } }, state, context);
    expect(erasure).toEqual<BorrowerEvent[]>([{ type: 'BorrowerErased', data: { borrowerId: BORROWER, reason: 'asked to be forgotten' } }]);
    await keys.erase(BORROWER);

    expect(await keys.open(registered.data.personalData, personalData)).toBeUndefined();
    expect(await keys.open(registered.data.card.number, cardNumber)).toBeUndefined();
    expect(await keys.find(cardNumber, CARD)).toBeUndefined();
    await expect(keys.digest(BORROWER, cardNumber, CARD)).rejects.toThrow(/erased/);
    expect(registered.data).toMatchObject({
      borrowerId: BORROWER,
      patronGroup: 'external-borrower',
      expiresOn: '2027-06-30',
      identityDocumentType: 'passport',
    });
  });
});
