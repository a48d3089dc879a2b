import { RegisterBorrower } from './borrower-commands';
import { BORROWER_ID, borrowerSpec, card, erased, OTHER_PERSON, registered, sealed } from './testing/borrower-fixtures';

type Registration = RegisterBorrower['data'];

const register = (overrides: Partial<Registration> = {}): RegisterBorrower => ({
  type: 'RegisterBorrower',
  data: { borrowerId: BORROWER_ID, patronGroup: 'graduate', personalData: sealed('person-1'), card: card('1'), ...overrides },
});

const external = (overrides: Partial<Registration> = {}) =>
  register({ patronGroup: 'external-borrower', expiresOn: '2027-06-30', identityDocumentType: 'passport', ...overrides });

/** Something that is not a sealed value, typed as one: what a handler that forgot to seal would send. */
const notSealed = (value: unknown) => value as Registration['personalData'];

describe('registering a borrower', () => {
  it('records the patron group, the sealed personal data and the first card (the patron barcode), nothing in plain text', () => {
    borrowerSpec
      .given()
      .when(register())
      .then([{ type: 'BorrowerRegistered', data: { borrowerId: BORROWER_ID, patronGroup: 'graduate', personalData: sealed('person-1'), card: card('1') } }]);
  });

  it('records an external borrower with the expiry date and the kind of identity document checked', () => {
    borrowerSpec
      .given()
      .when(external())
      .then([
        {
          type: 'BorrowerRegistered',
          data: {
            borrowerId: BORROWER_ID,
            patronGroup: 'external-borrower',
            personalData: sealed('person-1'),
            card: card('1'),
            expiresOn: '2027-06-30',
            identityDocumentType: 'passport',
          },
        },
      ]);
  });

  it('accepts an expiry date of today, and an upper-case id as the same borrower', () => {
    const events = borrowerSpec
      .given()
      .when(external({ borrowerId: BORROWER_ID.toUpperCase(), expiresOn: '2026-12-03' }))
      .events();
    expect(events).toMatchObject([{ data: { borrowerId: BORROWER_ID, expiresOn: '2026-12-03' } }]);
  });

  it.each([
    ['an unknown patron group', register({ patronGroup: 'visiting-scholar' }), 'unknown-patron-group'],
    ['no card (no patron barcode)', register({ card: undefined }), 'barcode-required'],
    ['a card without its digest', register({ card: { number: sealed('card1'), digest: '' } }), 'barcode-required'],
    ['personal data in plain text', register({ personalData: notSealed({ name: 'Ada Lovelace', email: 'ada@example.org' }) }), 'personal-data-not-sealed'],
    ['personal data as a string', register({ personalData: notSealed('Ada Lovelace') }), 'personal-data-not-sealed'],
    ['personal data sealed under another person’s key', register({ personalData: sealed('person-1', OTHER_PERSON) }), 'personal-data-not-sealed'],
    ['a card number in plain text', register({ card: { number: notSealed('21987000451236'), digest: card('1').digest } }), 'personal-data-not-sealed'],
    ['an external borrower without an expiry date', external({ expiresOn: undefined }), 'expiry-required'],
    ['an external borrower whose expiry date has passed', external({ expiresOn: '2026-12-02' }), 'expiry-in-past'],
    ['any borrower whose expiry date has passed', register({ expiresOn: '2025-01-01' }), 'expiry-in-past'],
    ['an expiry date that is no day', external({ expiresOn: '2027-02-30' }), 'invalid-calendar-date'],
    ['an external borrower without the identity document checked', external({ identityDocumentType: undefined }), 'identity-document-required'],
    ['an unknown kind of identity document', external({ identityDocumentType: 'library-card-of-another-library' }), 'unknown-identity-document-type'],
  ])('refuses %s', (_case, command, rule) => {
    borrowerSpec.given().when(command).thenRefused(rule);
  });

  it('refuses a card number that is another borrower’s (the read side says so)', () => {
    borrowerSpec.given().when(register(), { barcodeInUse: true }).thenRefused('barcode-in-use');
  });

  it('decides nothing for a retry with the same group, card and expiry (its cipher text is new), and refuses other details', () => {
    borrowerSpec
      .given([registered()])
      .when(register({ personalData: sealed('person-1-resealed') }))
      .thenNothing();
    borrowerSpec
      .given([registered()])
      .when(register({ patronGroup: 'faculty' }))
      .thenRefused('borrower-already-registered');
    borrowerSpec
      .given([registered()])
      .when(register({ card: card('2') }))
      .thenRefused('borrower-already-registered');
  });

  it('refuses to register an erased borrower again', () => {
    borrowerSpec.given([registered(), erased()]).when(register()).thenRefused('borrower-erased');
  });
});
