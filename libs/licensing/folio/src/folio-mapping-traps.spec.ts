import { findListValue, findTerm, valuesOf } from '@era/licensing-domain';
import { planFolioLicence } from './plan-folio-licence';
import { folioLicence, folioRefdata, folioTermValue, InMemoryLedger } from './testing';

const LICENCE_ID = '6a1f0c2e-8b7d-4e5f-9a0b-1c2d3e4f5a6b';

/** Plans the record against an empty ledger and records every step through the real deciders. */
function imported(record: Record<string, unknown>) {
  const ledger = new InMemoryLedger();
  const plan = planFolioLicence(record, ledger.now(LICENCE_ID));
  ledger.apply(plan);
  const licence = ledger.licence(LICENCE_ID);
  const original = licence.versions.find((version) => version.kind === 'original');
  return { ledger, plan, licence, terms: original?.terms ?? {} };
}

const withTerm = (value: ReturnType<typeof folioTermValue>) => folioLicence({ customProperties: { [value.type.name]: [value] } });

describe('the mapping traps, given FOLIO records, as the folded licence reads them', () => {
  it.each([
    // FOLIO asks "Access restricted to on-campus/campus network?": a naive mapping would invert these.
    ['remoteAccess Yes (restricted to campus)', 'remoteAccess', 'yes', 'Yes', 'remote-access', 'prohibited-explicit'],
    ['remoteAccess No (not restricted)', 'remoteAccess', 'no', 'No', 'remote-access', 'permitted-explicit'],
    ['remoteAccess Other (see notes)', 'remoteAccess', 'other_(see_notes)', 'Other (see notes)', 'folio-remote-access', 'other'],
    // FOLIO's walkInAccess is Yes/No/Other; ours takes the permission scale.
    ['walkInAccess Yes', 'walkInAccess', 'yes', 'Yes', 'walk-in-access', 'permitted-explicit'],
    ['walkInAccess No', 'walkInAccess', 'no', 'No', 'walk-in-access', 'prohibited-explicit'],
    ['walkInAccess Other (see notes)', 'walkInAccess', 'other_(see_notes)', 'Other (see notes)', 'folio-walk-in-access', 'other'],
  ])('%s', (_case, folioName, value, label, termKey, expected) => {
    const { terms, plan } = imported(withTerm(folioTermValue(folioName, 'Refdata', folioRefdata(value, label), { note: 'see clause 3' })));
    expect(Object.keys(terms)).toEqual([termKey]);
    expect(terms[termKey]).toEqual({ value: expected, internalNote: 'see clause 3' });
    expect(plan.report.find((line) => line.path === `customProperties.${folioName}[0]`)?.outcome).toBe(termKey.startsWith('folio-') ? 'defined' : 'mapped');
  });

  it('a negative integer: the term the import defines allows it by its range, and the value keeps its meaning in the note', () => {
    const { terms, ledger } = imported(withTerm(folioTermValue('maxSimultaneousSites', 'Integer', -1, { note: '-1 means unlimited' })));
    expect(findTerm(ledger.vocabulary, 'max-simultaneous-sites')).toMatchObject({ valueType: 'integer', range: { min: -1 } });
    expect(terms['max-simultaneous-sites']).toEqual({ value: -1, internalNote: '-1 means unlimited' });
  });

  it('an empty text whose meaning is in its note: recorded without a value, with the note', () => {
    const { terms } = imported(withTerm(folioTermValue('authorisedUsers', 'Text', '', { note: 'See schedule 2', publicNote: 'Ask at the desk' })));
    expect(terms['authorised-users']).toEqual({ internalNote: 'See schedule 2', publicNote: 'Ask at the desk' });
  });

  it('FOLIO\'s legacy "Current" status: a status of lifecycle active, defined by the import', () => {
    const { licence, ledger } = imported(folioLicence({ status: folioRefdata('current', 'Current') }));
    expect(findListValue(ledger.lists, 'licence-status', 'current')).toMatchObject({ label: 'Current', lifecycle: 'active' });
    expect([licence.status, licence.lifecycle]).toEqual(['current', 'active']);
  });

  it('FOLIO\'s "Actual" type: a licence type defined by the import', () => {
    const { licence, ledger } = imported(folioLicence({ type: folioRefdata('actual', 'Actual') }));
    expect(findListValue(ledger.lists, 'licence-type', 'actual')).toMatchObject({ label: 'Actual' });
    expect(licence.type).toBe('actual');
  });

  it('a multi-value term: one entry of several values, in FOLIO order, each with its own flag and note', () => {
    const value = (code: string, extra: { internal?: boolean; publicNote?: string }) =>
      folioTermValue('authMethods', 'Refdata', folioRefdata(code, code.toUpperCase()), { label: 'Authentication methods', ...extra });
    const { terms, ledger } = imported(
      folioLicence({ customProperties: { authMethods: [value('ip', {}), value('saml', { internal: true, publicNote: 'staff only' })] } }),
    );
    expect(findTerm(ledger.vocabulary, 'auth-methods')).toMatchObject({ valueType: 'choice', multiple: true });
    expect(valuesOf(terms['auth-methods'])).toEqual([{ value: 'ip' }, { value: 'saml', internal: true, publicNote: 'staff only' }]);
  });

  it("a pick list of FOLIO's own: every value its definition lists becomes an option, so another licence's value is taken too", () => {
    const value = folioTermValue('deliveryMethod', 'Refdata', folioRefdata('ftp', 'FTP'));
    const listed = {
      ...value,
      type: { ...value.type, category: { desc: 'DeliveryMethod', values: [folioRefdata('ftp', 'FTP'), folioRefdata('api', 'API')] } },
    };
    const { ledger } = imported(folioLicence({ customProperties: { deliveryMethod: [listed] } }));
    expect(findTerm(ledger.vocabulary, 'delivery-method')?.options).toEqual([
      { value: 'ftp', label: 'FTP' },
      { value: 'api', label: 'API' },
    ]);
  });

  it('a definition that states several values and a range (as our export writes them) is defined so, though this record holds one value', () => {
    const value = folioTermValue('copiesAllowed', 'Integer', 3);
    const stated = { ...value, type: { ...value.type, multiple: true, range: { min: -1, max: 10 } } };
    const { ledger, terms } = imported(folioLicence({ customProperties: { copiesAllowed: [stated] } }));
    expect(findTerm(ledger.vocabulary, 'copies-allowed')).toMatchObject({ valueType: 'integer', multiple: true, range: { min: -1, max: 10 } });
    expect(terms['copies-allowed']).toEqual([{ value: 3 }]);
  });

  it.each([
    ['Decimal', 'discountRate', 12.5, 'discount-rate', 'decimal'],
    ['Boolean', 'illAllowed', false, 'ill-allowed', 'boolean'],
  ] as const)('a %s term: defined with its own value type', (type, folioName, value, termKey, valueType) => {
    const { terms, ledger } = imported(withTerm(folioTermValue(folioName, type, value)));
    expect(findTerm(ledger.vocabulary, termKey)?.valueType).toBe(valueType);
    expect(terms[termKey]).toEqual({ value });
  });

  it('a value FOLIO marks internal stays internal; one of a term internal by default that FOLIO marks public says so', () => {
    const { terms } = imported(
      folioLicence({
        customProperties: {
          illElectronic: [folioTermValue('illElectronic', 'Refdata', folioRefdata('prohibited_(interpreted)', 'Prohibited (interpreted)'), { internal: true })],
          licenseLocation: [folioTermValue('licenseLocation', 'Text', 'ERM office', { internal: false, defaultInternal: true })],
        },
      }),
    );
    expect(terms['ill-electronic']).toEqual({ value: 'prohibited-interpreted', internal: true });
    expect(terms['license-location']).toEqual({ value: 'ERM office', internal: false });
  });
});
