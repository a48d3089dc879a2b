import { findTerm, TermValue, valuesOf } from '@era/licensing-domain';
import { DEFAULT_FOLIO_TERM_MAPPING, FOLIO_PERMISSION_VALUES } from './default-term-mapping';
import { ledgerIdOfFolioId } from './folio-ids';
import { findMappingEntry, termKeyForFolioName } from './folio-term-mapping';
import { planFolioLicence } from './plan-folio-licence';
import { FOLIO_FIXTURES, InMemoryLedger } from './testing';

/**
 * Every fixture imported into one ledger, as a migration file would be, through the real deciders; then checked
 * against the FOLIO JSON itself (not against the plan): every value, note, internal flag, organisation role,
 * document and amendment must be in the folded licence.
 */

type Json = Record<string, unknown>;
const json = (value: unknown): Json => value as Json;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const kebab = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const refValue = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase().replace(/ /g, '_') : String(json(value).value));
const YES_NO_OTHER: Record<string, string> = { yes: 'yes', no: 'no', other: 'other', 'other_(see_notes)': 'other' };

/** Where a FOLIO value is expected, and as what: read from the mapping's tables and FOLIO's value, independently of the planner. */
function expected(folioName: string, raw: Json): { key: string; value: unknown } {
  const content = raw.value;
  const refdata = typeof content === 'object' && content !== null ? refValue(content) : undefined;
  const empty = content === '' ? undefined : content;
  const entry = findMappingEntry(DEFAULT_FOLIO_TERM_MAPPING, folioName);
  if (entry?.values && refdata !== undefined) {
    if (Object.hasOwn(entry.values, refdata)) return { key: entry.termKey, value: entry.values[refdata] };
    return { key: entry.otherwise?.termKey ?? '(refused)', value: YES_NO_OTHER[refdata] };
  }
  if (entry) return { key: entry.termKey, value: refdata !== undefined ? YES_NO_OTHER[refdata] : empty };
  const key = termKeyForFolioName(folioName) ?? '(no key)';
  if (refdata === undefined) return { key, value: empty };
  return { key, value: FOLIO_PERMISSION_VALUES[refdata] ?? YES_NO_OTHER[refdata] ?? refdata };
}

/**
 * Fixtures the deciders refuse today, by rules of the licence record (not of this import), reported to the lead:
 * FOLIO licences are active without a licensor, and FOLIO names an organisation without a role.
 */
const KNOWN_REFUSALS: Readonly<Record<string, string>> = {
  '01-aaas-science-classic': 'licensor-required',
  '04-academic-rights-press': 'licensor-required',
  '05-license-1': 'licensor-required',
  '07-example-license': 'licensor-required',
  '09-mr-licenses': 'licensor-required',
  '10-cm-license-1': 'licensor-required',
  '11-kafka-create-collections': 'invalid-organisations',
};

/** The fixture as those rules take it: a licensor added to an active licence without one, a role to an organisation without any. */
function acceptedByTheRecordRules(name: string, fixture: Json): Json {
  const record = structuredClone(fixture);
  const rule = KNOWN_REFUSALS[name];
  const licensor = { role: { value: 'licensor', label: 'Licensor' } };
  if (rule === 'licensor-required') {
    record.orgs = [
      ...list(record.orgs),
      { id: '3a9d2b10-8c4e-4f6a-9b1d-0e2f3a4b5cff', org: { name: 'Licensor added by this test', orgsUuid: 'test-licensor' }, roles: [licensor] },
    ];
  }
  if (rule === 'invalid-organisations')
    record.orgs = list(record.orgs).map((org) => (list(org.roles).length ? org : { ...org, roles: [{ role: { value: 'licensee', label: 'Licensee' } }] }));
  return record;
}

const importAll = (adjust: (name: string, record: Json) => Json) => {
  const ledger = new InMemoryLedger();
  const plans = Object.entries(FOLIO_FIXTURES).map(([name, fixture]) => {
    const record = adjust(name, json(fixture));
    const licenceId = ledgerIdOfFolioId(record.id) ?? '';
    const plan = planFolioLicence(record, ledger.now(licenceId));
    return { name, record, licenceId, plan, refusal: ledger.tryApply(plan) };
  });
  return { ledger, plans };
};

describe('FOLIO fixtures as they are', () => {
  it('are refused by the deciders only where a licence-record rule says so (see KNOWN_REFUSALS)', () => {
    const { plans } = importAll((_name, record) => record);
    expect(plans.flatMap(({ plan }) => plan.report.filter((line) => line.outcome === 'refused'))).toEqual([]);
    expect(Object.fromEntries(plans.filter(({ refusal }) => refusal).map(({ name, refusal }) => [name, refusal?.rule]))).toEqual(KNOWN_REFUSALS);
  });
});

const { ledger, plans } = importAll(acceptedByTheRecordRules);

describe('FOLIO fixtures imported through the real deciders', () => {
  it('imports 12 licences with 87 term values and 7 amendments, and reports nothing refused', () => {
    expect(plans.filter(({ refusal }) => refusal)).toEqual([]);
    expect(plans.flatMap(({ plan }) => plan.report.filter((line) => line.outcome === 'refused'))).toEqual([]);
    const versions = plans.flatMap(({ licenceId }) => ledger.licence(licenceId).versions);
    expect(versions.filter((version) => version.kind === 'amendment')).toHaveLength(7);
    expect(versions.flatMap((version) => Object.values(version.terms).flatMap((entry) => valuesOf(entry)))).toHaveLength(87);
  });

  describe.each(plans)('$name', ({ record, licenceId, plan }) => {
    const licence = () => ledger.licence(licenceId);
    const versionOf = (folio: Json) => licence().versions.find((version) => version.versionId === (folio === record ? licenceId : ledgerIdOfFolioId(folio.id)));

    it('keeps the licence fields and FOLIO provenance', () => {
      const { name, description, tags, alternateNames, contacts } = record;
      expect(licence()).toMatchObject({
        name,
        alternateNames: list(alternateNames).map((alternate) => alternate.name),
        tags: list(tags).map((tag) => tag.value),
      });
      expect(licence().description).toBe(description);
      expect(licence().contacts).toEqual(
        list(contacts).map((contact) => ({
          staffId: `folio:${typeof contact.user === 'string' ? contact.user : json(contact.user).id}`,
          role: kebab(refValue(contact.role)),
        })),
      );
      expect(licence().status).toBe(kebab(refValue(record.status)));
      expect(licence().drafted.imported).toEqual({ system: 'folio', id: record.id, createdAt: record.dateCreated, updatedAt: record.lastUpdated });
      expect(plan.steps.every((step) => step.imported.system === 'folio')).toBe(true);
    });

    it('keeps every organisation with its roles, note, primary mark and FOLIO id', () => {
      expect(licence().organisations).toEqual(
        list(record.orgs).map((org) => ({
          name: json(org.org).name,
          roles: list(org.roles).map((role) => kebab(refValue(role.role))),
          ...(org.note !== undefined && { note: org.note }),
          ...(org.primaryOrg === true && { primary: true }),
          sourceId: json(org.org).orgsUuid,
        })),
      );
    });

    it('records the original and every amendment with its own status and dates', () => {
      for (const folio of [record, ...list(record.amendments)]) {
        const version = versionOf(folio);
        expect(version).toMatchObject({
          kind: folio === record ? 'original' : 'amendment',
          effectiveFrom: folio.startDate ?? null,
          effectiveTo: folio.endDate ?? null,
          endDateSemantics: kebab(refValue(folio.endDateSemantics ?? 'implicit')),
        });
        if (folio !== record)
          expect(version).toMatchObject({ label: folio.name, status: kebab(refValue(folio.status)), recorded: { imported: { id: folio.id } } });
      }
    });

    it('keeps every term value with its notes and internal flag', () => {
      for (const folio of [record, ...list(record.amendments)]) {
        const version = versionOf(folio);
        for (const [folioName, values] of Object.entries(json(folio.customProperties ?? {}))) {
          for (const raw of list(values)) {
            const { key, value } = expected(folioName, raw);
            const term = findTerm(ledger.vocabulary, key);
            const internal = (held: TermValue) => held.internal ?? term?.internalByDefault ?? false;
            const found = valuesOf(version?.terms[key] ?? []).filter(
              (held) =>
                held.value === value &&
                held.internalNote === (raw.note || undefined) &&
                held.publicNote === raw.publicNote &&
                internal(held) === (raw.internal ?? false),
            );
            expect([folioName, key, found.length]).toEqual([folioName, key, 1]);
          }
        }
      }
    });

    it('references every document, core or supplementary, with its type, note, URL and location', () => {
      for (const folio of [record, ...list(record.amendments)]) {
        const references = versionOf(folio)?.references ?? [];
        const docs = [
          ...list(folio.docs).map((doc) => ({ doc, category: 'core' })),
          ...list(folio.supplementaryDocs).map((doc) => ({ doc, category: 'supplementary' })),
        ];
        expect(references).toHaveLength(docs.length);
        for (const { doc, category } of docs) {
          const reference = references.find((candidate) => candidate.referenceId === doc.id);
          const type = doc.atType === undefined ? 'not-stated' : kebab(refValue(doc.atType)).replace(/^license$/, 'licence');
          expect([reference?.name, reference?.category, reference?.documentType, reference?.url, reference?.note]).toEqual([
            doc.name,
            category,
            type,
            doc.url,
            doc.note,
          ]);
          const fromFile = doc.fileUpload === undefined ? undefined : expect.stringContaining(`FOLIO file upload "${json(doc.fileUpload).name}"`);
          expect(reference?.location).toEqual(doc.location ?? fromFile);
        }
      }
    });

    it('plans nothing when imported again, and reports every value unchanged', () => {
      const again = planFolioLicence(record, ledger.now(licenceId));
      expect(again.steps).toEqual([]);
      expect(new Set(again.report.map((line) => line.outcome))).toEqual(new Set(['unchanged']));
    });
  });
});
