import { effectiveTermsOn } from './effective-terms';
import { LicenceDocumentAttached, LicenceEvent, LicenceVersionCorrected } from './licence-events';
import {
  amendment,
  drafted,
  existing,
  given,
  LICENCE_ID,
  original,
  permission,
  recordedAt,
  renewal,
  ruleOf,
  seededVocabulary,
  versionConfirmed,
  versionOf,
  violationOf,
} from './licence-fixtures';
import {
  decideAttachDocument,
  decideConfirmVersion,
  decideCorrectStatus,
  decideCorrectVersion,
  decideDetachDocument,
  decideRecordSignature,
  decideRecordStatus,
  decideRecordVersion,
  decideWithdrawVersion,
} from './licence';
import { initialLicence, LicenceState } from './licence-state';

/** Mistakes put right without editing anything: withdrawn versions, corrected kinds and statuses, detached documents. */

const prohibited = permission('prohibited-explicit');
const permitted = permission('permitted-explicit');
const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

const withAmendment = (...more: LicenceEvent[]) =>
  given(drafted(), original({ 'ill-electronic': prohibited }), amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted }), ...more);
const withdrawal = (versionId: string, reason = 'recorded on the wrong licence'): LicenceEvent => ({
  type: 'LicenceVersionWithdrawn',
  data: { licenceId: LICENCE_ID, versionId, reason },
});
const withdraw = (state: LicenceState, versionId: string, reason = 'recorded on the wrong licence') =>
  decideWithdrawVersion(state, { licenceId: LICENCE_ID, versionId, reason });
const correct = (state: LicenceState, fields: Partial<LicenceVersionCorrected> & { versionId: string }) =>
  decideCorrectVersion(state, { licenceId: LICENCE_ID, reason: 'entered as the wrong kind', ...fields }, seededVocabulary);
const illOn = (state: LicenceState, date: string) => effectiveTermsOn(existing(state), date).terms['ill-electronic']?.value.value ?? null;

describe('withdrawing a version recorded by mistake', () => {
  it('given an amendment, when withdrawn, then LicenceVersionWithdrawn with the reason trimmed', () => {
    expect(withdraw(withAmendment(), 'v-a1', '  belongs to JSTOR II  ')).toEqual([withdrawal('v-a1', 'belongs to JSTOR II')]);
  });

  it('given the withdrawal, when folded, then the version stays in history, marked with who withdrew it, when and why', () => {
    const state = withAmendment(withdrawal('v-a1'));
    expect(existing(state).versions.map((v) => v.versionId)).toEqual(['v-original', 'v-a1']);
    expect(versionOf(state, 'v-a1')).toMatchObject({
      terms: { 'ill-electronic': permitted },
      withdrawn: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(3), reason: 'recorded on the wrong licence' },
    });
  });

  it('given an amendment in force, when withdrawn, then it no longer affects effectiveTermsOn on any date', () => {
    const before = withAmendment();
    expect(illOn(before, '2025-06-01')).toBe('permitted-explicit');
    const after = withAmendment(...withdraw(before, 'v-a1'));
    expect(illOn(after, '2025-06-01')).toBe('prohibited-explicit');
    expect(effectiveTermsOn(existing(after), '2025-06-01').versionIds).toEqual(['v-original']);
  });

  it('given a renewal that alone keeps the licence in force, when withdrawn, then the licence is no longer in force then', () => {
    const state = given(drafted(), original({}, { effectiveTo: '2024-12-31' }), renewal('v-r1', '2025-01-01', null, { 'ill-electronic': permitted }));
    expect(effectiveTermsOn(existing(state), '2025-06-01').inForce).toBe(true);
    expect(effectiveTermsOn(existing(given(drafted(), original({}, { effectiveTo: '2024-12-31' }), renewal('v-r1', '2025-01-01', null, {}), withdrawal('v-r1'))), '2025-06-01').inForce).toBe(false);
  });

  it('given an unconfirmed amendment stating a term, when withdrawn, then it no longer keeps the confirmed original\'s answer unconfirmed', () => {
    const confirmedOriginal = withAmendment(versionConfirmed('v-original'));
    expect(effectiveTermsOn(existing(confirmedOriginal), '2024-06-01').terms['ill-electronic'].confirmed).toBe(false);
    const withdrawn = withAmendment(versionConfirmed('v-original'), withdrawal('v-a1'));
    expect(effectiveTermsOn(existing(withdrawn), '2024-06-01').terms['ill-electronic']).toMatchObject({ versionId: 'v-original', confirmed: true });
  });

  it('given a version, when withdrawn without a reason, then reason-required', () => {
    expect(ruleOf(() => withdraw(withAmendment(), 'v-a1', '   '))).toBe('reason-required');
  });

  it('given a withdrawn version, when withdrawn again, then version-already-withdrawn', () => {
    const violation = violationOf(() => withdraw(withAmendment(withdrawal('v-a1')), 'v-a1'));
    expect(violation.rule).toBe('version-already-withdrawn');
    expect(violation.message).toContain(recordedAt(3));
  });

  it('given a licence, when a version it does not have is withdrawn, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => withdraw(withAmendment(), 'v-nope'))).toBe('version-not-found');
    expect(ruleOf(() => withdraw(initialLicence, 'v-original'))).toBe('licence-not-found');
  });

  it('given an original with an amendment in effect, when the original is withdrawn, then original-has-dependants naming it', () => {
    const violation = violationOf(() => withdraw(withAmendment(), 'v-original'));
    expect(violation.rule).toBe('original-has-dependants');
    expect(violation.message).toContain('amendment v-a1');
  });

  it('given the amendment withdrawn first, when the original is withdrawn, then accepted, and a new original may be recorded', () => {
    const emptied = withAmendment(withdrawal('v-a1'), ...withdraw(withAmendment(withdrawal('v-a1')), 'v-original'));
    expect(existing(emptied).versions.every((v) => v.withdrawn)).toBe(true);
    expect(effectiveTermsOn(existing(emptied), '2025-06-01').inForce).toBe(false);
    const recordAgain = (kind: 'original' | 'amendment') =>
      decideRecordVersion(
        emptied,
        { licenceId: LICENCE_ID, versionId: `v-${kind}-2`, kind, label: 'Signed agreement', effectiveFrom: '2024-01-01', effectiveTo: null, terms: {} },
        seededVocabulary,
      );
    expect(ruleOf(() => recordAgain('amendment'))).toBe('original-required');
    expect(recordAgain('original')).toHaveLength(1);
  });

  it('given a withdrawn version, when corrected, confirmed, given a document or a signature, then version-withdrawn and nothing else', () => {
    const state = withAmendment(withdrawal('v-a1'));
    const document: LicenceDocumentAttached = {
      licenceId: LICENCE_ID,
      versionId: 'v-a1',
      sha256: SHA,
      fileName: 'a1.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 10,
      documentType: 'amendment',
    };
    expect(ruleOf(() => correct(state, { versionId: 'v-a1', label: 'Amendment one' }))).toBe('version-withdrawn');
    expect(ruleOf(() => decideConfirmVersion(state, { licenceId: LICENCE_ID, versionId: 'v-a1' }))).toBe('version-withdrawn');
    expect(ruleOf(() => decideAttachDocument(state, document))).toBe('version-withdrawn');
    expect(ruleOf(() => decideRecordSignature(state, { licenceId: LICENCE_ID, versionId: 'v-a1', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2024-12-01' }))).toBe(
      'version-withdrawn',
    );
    const attachedThenWithdrawn = withAmendment({ type: 'LicenceDocumentAttached', data: document }, withdrawal('v-a1'));
    expect(ruleOf(() => decideDetachDocument(attachedThenWithdrawn, { licenceId: LICENCE_ID, versionId: 'v-a1', sha256: SHA, reason: 'wrong file' }))).toBe(
      'version-withdrawn',
    );
    expect(violationOf(() => decideConfirmVersion(state, { licenceId: LICENCE_ID, versionId: 'v-a1' })).message).toContain('recorded on the wrong licence');
  });

  it('given a withdrawn version, when the others are corrected or confirmed, then they still are', () => {
    const state = withAmendment(withdrawal('v-a1'));
    expect(decideConfirmVersion(state, { licenceId: LICENCE_ID, versionId: 'v-original' })).toHaveLength(1);
    expect(correct(state, { versionId: 'v-original', label: 'Licence 2024' })).toHaveLength(1);
  });
});

describe('correcting the kind of a version', () => {
  it('given an amendment, when corrected to a renewal, then the kind is in the event and the fold, and precedence follows it', () => {
    const state = given(drafted(), original({ 'ill-electronic': prohibited }, { effectiveTo: '2024-12-31' }), amendment('v-x', '2025-01-01', null, { 'ill-electronic': permitted }));
    expect(effectiveTermsOn(existing(state), '2025-06-01').inForce).toBe(false);
    const events = correct(state, { versionId: 'v-x', kind: 'renewal' });
    expect(events).toEqual([{ type: 'LicenceVersionCorrected', data: { licenceId: LICENCE_ID, versionId: 'v-x', reason: 'entered as the wrong kind', kind: 'renewal' } }]);
    const corrected = given(drafted(), original({ 'ill-electronic': prohibited }, { effectiveTo: '2024-12-31' }), amendment('v-x', '2025-01-01', null, { 'ill-electronic': permitted }), ...events);
    expect(versionOf(corrected, 'v-x')).toMatchObject({ kind: 'renewal', corrections: 1, sequence: 2 });
    expect(illOn(corrected, '2025-06-01')).toBe('permitted-explicit');
  });

  it('given an original, when another version is corrected to original, then original-already-recorded', () => {
    expect(ruleOf(() => correct(withAmendment(), { versionId: 'v-a1', kind: 'original' }))).toBe('original-already-recorded');
  });

  it('given an original and a renewal entered the wrong way round, when the original is demoted first, then the renewal may become the original', () => {
    const swapped = given(drafted(), original({}, { effectiveFrom: '2025-01-01' }), renewal('v-r1', '2024-01-01', '2024-12-31', {}));
    const demoted = correct(swapped, { versionId: 'v-original', kind: 'renewal' });
    expect(demoted).toHaveLength(1);
    const halfway = given(drafted(), original({}, { effectiveFrom: '2025-01-01' }), renewal('v-r1', '2024-01-01', '2024-12-31', {}), ...demoted);
    expect(correct(halfway, { versionId: 'v-r1', kind: 'original' })).toEqual([
      { type: 'LicenceVersionCorrected', data: { licenceId: LICENCE_ID, versionId: 'v-r1', reason: 'entered as the wrong kind', kind: 'original' } },
    ]);
  });

  it('given a withdrawn original, when another version is corrected to original, then accepted (the withdrawn one no longer counts)', () => {
    const state = given(drafted(), original(), withdrawal('v-original'), amendment('v-a1', '2025-01-01', null, {}));
    expect(correct(state, { versionId: 'v-a1', kind: 'original' })).toHaveLength(1);
  });

  it('given a version, when corrected to the kind it has, then correction-changes-nothing', () => {
    expect(ruleOf(() => correct(withAmendment(), { versionId: 'v-a1', kind: 'amendment' }))).toBe('correction-changes-nothing');
  });

  it('given a confirmed version, when its kind is corrected, then it is unconfirmed again', () => {
    const confirmed = withAmendment(versionConfirmed('v-a1'));
    expect(versionOf(withAmendment(versionConfirmed('v-a1'), ...correct(confirmed, { versionId: 'v-a1', kind: 'renewal' })), 'v-a1').confirmed).toBeUndefined();
  });
});

describe('correcting a status recorded by mistake', () => {
  const statusRecorded = (from: 'in-negotiation' | 'active', to: 'active' | 'terminated'): LicenceEvent => ({
    type: 'LicenceStatusRecorded',
    data: { licenceId: LICENCE_ID, from, to },
  });
  const terminated = () => given(drafted(), statusRecorded('in-negotiation', 'active'), statusRecorded('active', 'terminated'));

  it('given a terminated licence, when corrected to active (no transition allows it), then LicenceStatusCorrected from → to with the reason', () => {
    expect(ruleOf(() => decideRecordStatus(terminated(), { licenceId: LICENCE_ID, to: 'active' }))).toBe('illegal-status-transition');
    const events = decideCorrectStatus(terminated(), { licenceId: LICENCE_ID, to: 'active', reason: ' clicked the wrong licence ' });
    expect(events).toEqual([{ type: 'LicenceStatusCorrected', data: { licenceId: LICENCE_ID, from: 'terminated', to: 'active', reason: 'clicked the wrong licence' } }]);
    expect(existing(given(drafted(), statusRecorded('in-negotiation', 'active'), statusRecorded('active', 'terminated'), ...events)).status).toBe('active');
  });

  it('given a licence, when corrected to the status it has, then status-unchanged', () => {
    expect(ruleOf(() => decideCorrectStatus(terminated(), { licenceId: LICENCE_ID, to: 'terminated', reason: 'checking' }))).toBe('status-unchanged');
  });

  it('given a licence, when corrected without a reason, then reason-required; without a licence, licence-not-found', () => {
    expect(ruleOf(() => decideCorrectStatus(terminated(), { licenceId: LICENCE_ID, to: 'active', reason: ' ' }))).toBe('reason-required');
    expect(ruleOf(() => decideCorrectStatus(initialLicence, { licenceId: LICENCE_ID, to: 'active', reason: 'typo' }))).toBe('licence-not-found');
  });
});

describe('detaching a document attached by mistake', () => {
  const attached = (sha256 = SHA): LicenceEvent => ({
    type: 'LicenceDocumentAttached',
    data: { licenceId: LICENCE_ID, versionId: 'v-original', sha256, fileName: 'order-form.pdf', mediaType: 'application/pdf', sizeBytes: 10, documentType: 'order-form' },
  });
  const signedWithIt: LicenceEvent = {
    type: 'LicenceSignatureRecorded',
    data: { licenceId: LICENCE_ID, versionId: 'v-original', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2023-12-01', documentSha256: SHA },
  };
  const detachment = (reason = 'wrong file'): LicenceEvent => ({ type: 'LicenceDocumentDetached', data: { licenceId: LICENCE_ID, versionId: 'v-original', sha256: SHA, reason } });
  const detach = (state: LicenceState, sha256 = SHA, reason = 'wrong file') => decideDetachDocument(state, { licenceId: LICENCE_ID, versionId: 'v-original', sha256, reason });
  const withDocument = (...more: LicenceEvent[]) => given(drafted(), original(), attached(), signedWithIt, ...more);

  it('given an attached document, when detached, then LicenceDocumentDetached (address lower-cased, reason trimmed)', () => {
    expect(detach(withDocument(), SHA.toUpperCase(), ' wrong file ')).toEqual([detachment()]);
  });

  it('given the detachment, when folded, then the document is still listed, marked detached, and the signature keeps its reference', () => {
    const version = versionOf(withDocument(detachment()), 'v-original');
    expect(version.documents).toHaveLength(1);
    expect(version.documents[0]).toMatchObject({
      sha256: SHA,
      attached: { recordedAt: recordedAt(2) },
      detached: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(4), reason: 'wrong file' },
    });
    expect(version.signatures[0].documentSha256).toBe(SHA);
  });

  it('given a detached document, when detached again, then document-already-detached; never attached, document-not-found', () => {
    expect(ruleOf(() => detach(withDocument(detachment())))).toBe('document-already-detached');
    expect(ruleOf(() => detach(withDocument(), OTHER_SHA))).toBe('document-not-found');
  });

  it('given a document, when detached without a reason, then reason-required', () => {
    expect(ruleOf(() => detach(withDocument(), SHA, '  '))).toBe('reason-required');
  });

  it('given a detached document, when a new signature names it, then document-not-attached', () => {
    const signature = { licenceId: LICENCE_ID, versionId: 'v-original', signedBy: 'L. Librarian', party: 'licensee' as const, signedOn: '2023-12-02', documentSha256: SHA };
    expect(ruleOf(() => decideRecordSignature(withDocument(detachment()), signature))).toBe('document-not-attached');
  });

  it('given a detached document, when attached again, then a new attachment beside the detached one', () => {
    const state = withDocument(detachment());
    const again = decideAttachDocument(state, attached().data as LicenceDocumentAttached);
    expect(again).toEqual([attached()]);
    const documents = versionOf(withDocument(detachment(), ...again), 'v-original').documents;
    expect(documents.map((document) => [document.sha256, document.detached?.reason ?? null])).toEqual([
      [SHA, 'wrong file'],
      [SHA, null],
    ]);
    expect(detach(withDocument(detachment(), ...again))).toEqual([detachment()]);
  });

  it('given a licence, when a version it does not have is named, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => decideDetachDocument(withDocument(), { licenceId: LICENCE_ID, versionId: 'v-nope', sha256: SHA, reason: 'x' }))).toBe('version-not-found');
    expect(ruleOf(() => detach(initialLicence))).toBe('licence-not-found');
  });
});
