import { CorrectLicenceStatus, CorrectVersion, DetachDocument, LicenceCommand, RecordVersion, WithdrawVersion } from './commands';
import { effectiveTermsOn } from './effective-terms';
import { LicenceDocumentAttached, LicenceEvent, LicenceStatus } from './licence-events';
import { LicenceState } from './licence-state';
import { valuesOf } from './term-values';
import {
  amendment,
  drafted,
  existing,
  given,
  history,
  LICENCE_ID,
  licenceSpec,
  original,
  permission,
  recordedAt,
  renewal,
  versionConfirmed,
  versionCorrected,
  versionOf,
} from './testing/licence-fixtures';

/** Mistakes put right without editing anything: withdrawn versions, corrected kinds and statuses, detached documents. */

const prohibited = permission('prohibited-explicit');
const permitted = permission('permitted-explicit');
const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

const amendmentEvents = [drafted(), original({ 'ill-electronic': prohibited }), amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted })];
const withAmendment = (...more: LicenceEvent[]) => history(...amendmentEvents, ...more);
const stateWithAmendment = (...more: LicenceEvent[]) => given(...amendmentEvents, ...more);
const withdrawal = (versionId: string, reason = 'recorded on the wrong licence'): LicenceEvent => ({
  type: 'LicenceVersionWithdrawn',
  data: { licenceId: LICENCE_ID, versionId, reason },
});
const withdraw = (versionId: string, reason = 'recorded on the wrong licence'): WithdrawVersion => ({
  type: 'WithdrawVersion',
  data: { licenceId: LICENCE_ID, versionId, reason },
});
const correct = (fields: Partial<CorrectVersion['data']> & { versionId: string }): CorrectVersion => ({
  type: 'CorrectVersion',
  data: { licenceId: LICENCE_ID, reason: 'entered as the wrong kind', ...fields },
});
const kindCorrected = (versionId: string, kind: 'original' | 'amendment' | 'renewal') =>
  versionCorrected({ versionId, reason: 'entered as the wrong kind', kind });
const illOn = (state: LicenceState, date: string) => {
  const term = effectiveTermsOn(existing(state), date).terms['ill-electronic'];
  return term ? (valuesOf(term.value)[0]?.value ?? null) : null;
};

describe('withdrawing a version recorded by mistake', () => {
  it('given an amendment, when withdrawn, then LicenceVersionWithdrawn with the reason trimmed', () => {
    licenceSpec
      .given(withAmendment())
      .when(withdraw('v-a1', '  belongs to JSTOR II  '))
      .then([withdrawal('v-a1', 'belongs to JSTOR II')]);
  });

  it('given the withdrawal, when folded, then the version stays in history, marked with who withdrew it, when and why', () => {
    const state = stateWithAmendment(withdrawal('v-a1'));
    expect(existing(state).versions.map((v) => v.versionId)).toEqual(['v-original', 'v-a1']);
    expect(versionOf(state, 'v-a1')).toMatchObject({
      terms: { 'ill-electronic': permitted },
      withdrawn: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(3), reason: 'recorded on the wrong licence' },
    });
  });

  it('given an amendment in force, when withdrawn, then it no longer affects effectiveTermsOn on any date', () => {
    expect(illOn(stateWithAmendment(), '2025-06-01')).toBe('permitted-explicit');
    const after = stateWithAmendment(withdrawal('v-a1'));
    expect(illOn(after, '2025-06-01')).toBe('prohibited-explicit');
    expect(effectiveTermsOn(existing(after), '2025-06-01').versionIds).toEqual(['v-original']);
  });

  it('given a renewal that alone keeps the licence in force, when withdrawn, then the licence is no longer in force then', () => {
    const renewed = [drafted(), original({}, { effectiveTo: '2024-12-31' }), renewal('v-r1', '2025-01-01', null, { 'ill-electronic': permitted })];
    expect(effectiveTermsOn(existing(given(...renewed)), '2025-06-01').inForce).toBe(true);
    expect(effectiveTermsOn(existing(given(...renewed, withdrawal('v-r1'))), '2025-06-01').inForce).toBe(false);
  });

  it("given an unconfirmed amendment stating a term, when withdrawn, then it no longer keeps the confirmed original's answer unconfirmed", () => {
    const confirmedOriginal = stateWithAmendment(versionConfirmed('v-original'));
    expect(effectiveTermsOn(existing(confirmedOriginal), '2024-06-01').terms['ill-electronic'].confirmed).toBe(false);
    const withdrawn = stateWithAmendment(versionConfirmed('v-original'), withdrawal('v-a1'));
    expect(effectiveTermsOn(existing(withdrawn), '2024-06-01').terms['ill-electronic']).toMatchObject({ versionId: 'v-original', confirmed: true });
  });

  it('given a version, when withdrawn without a reason, then reason-required', () => {
    licenceSpec
      .given(withAmendment())
      .when(withdraw('v-a1', '   '))
      .thenRefused('reason-required', /withdrawing version v-a1 needs a reason/);
  });

  it('given a withdrawn version, when withdrawn again, then version-already-withdrawn naming when and by whom', () => {
    licenceSpec
      .given(withAmendment(withdrawal('v-a1')))
      .when(withdraw('v-a1'))
      .thenRefused('version-already-withdrawn', `on ${recordedAt(3)} by s-associate`);
  });

  it('given a licence, when a version it does not have is withdrawn, then version-not-found', () => {
    licenceSpec.given(withAmendment()).when(withdraw('v-nope')).thenRefused('version-not-found');
  });

  it('given an original with an amendment in effect, when the original is withdrawn, then original-has-dependants naming it', () => {
    licenceSpec.given(withAmendment()).when(withdraw('v-original')).thenRefused('original-has-dependants', 'amendment v-a1');
  });

  it('given the amendment withdrawn first, when the original is withdrawn, then accepted, and a new original may be recorded', () => {
    licenceSpec
      .given(withAmendment(withdrawal('v-a1')))
      .when(withdraw('v-original'))
      .then([withdrawal('v-original')]);
    const emptied = [withdrawal('v-a1'), withdrawal('v-original')];
    expect(existing(stateWithAmendment(...emptied)).versions.every((v) => v.withdrawn)).toBe(true);
    expect(effectiveTermsOn(existing(stateWithAmendment(...emptied)), '2025-06-01').inForce).toBe(false);
    const recordAgain = (kind: 'original' | 'amendment'): RecordVersion => ({
      type: 'RecordVersion',
      data: { licenceId: LICENCE_ID, versionId: `v-${kind}-2`, kind, label: 'Signed agreement', effectiveFrom: '2024-01-01', effectiveTo: null, terms: {} },
    });
    licenceSpec
      .given(withAmendment(...emptied))
      .when(recordAgain('amendment'))
      .thenRefused('original-required');
    expect(
      licenceSpec
        .given(withAmendment(...emptied))
        .when(recordAgain('original'))
        .events(),
    ).toHaveLength(1);
  });

  describe('given a withdrawn version', () => {
    const document: LicenceDocumentAttached = {
      licenceId: LICENCE_ID,
      versionId: 'v-a1',
      sha256: SHA,
      fileName: 'a1.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 10,
      documentType: 'amendment',
    };
    const refused: [string, LicenceCommand, string][] = [
      ['corrected', correct({ versionId: 'v-a1', label: 'Amendment one' }), 'corrected'],
      ['confirmed', { type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId: 'v-a1' } }, 'confirmed'],
      ['given a document', { type: 'AttachDocument', data: document }, 'given documents'],
      [
        'signed',
        { type: 'RecordSignature', data: { licenceId: LICENCE_ID, versionId: 'v-a1', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2024-12-01' } },
        'signed',
      ],
    ];

    it.each(refused)('when %s, then version-withdrawn, saying when, by whom and why', (_, command, doing) => {
      licenceSpec
        .given(withAmendment(withdrawal('v-a1')))
        .when(command)
        .thenRefused(
          'version-withdrawn',
          `version v-a1 was withdrawn on ${recordedAt(3)} by s-associate (recorded on the wrong licence) and cannot be ${doing}`,
        );
    });

    it('when a document attached before is detached, then version-withdrawn', () => {
      const detach: DetachDocument = { type: 'DetachDocument', data: { licenceId: LICENCE_ID, versionId: 'v-a1', sha256: SHA, reason: 'wrong file' } };
      licenceSpec
        .given(withAmendment({ type: 'LicenceDocumentAttached', data: document }, withdrawal('v-a1')))
        .when(detach)
        .thenRefused('version-withdrawn', /cannot be changed/);
    });

    it('when the other versions are corrected or confirmed, then they still are', () => {
      expect(
        licenceSpec
          .given(withAmendment(withdrawal('v-a1')))
          .when({ type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId: 'v-original' } })
          .events(),
      ).toHaveLength(1);
      expect(
        licenceSpec
          .given(withAmendment(withdrawal('v-a1')))
          .when(correct({ versionId: 'v-original', label: 'Licence 2024' }))
          .events(),
      ).toHaveLength(1);
    });
  });
});

describe('correcting the kind of a version', () => {
  it('given an amendment, when corrected to a renewal, then the kind is in the event and the fold, and precedence follows it', () => {
    const wrongKind = [
      drafted(),
      original({ 'ill-electronic': prohibited }, { effectiveTo: '2024-12-31' }),
      amendment('v-x', '2025-01-01', null, { 'ill-electronic': permitted }),
    ];
    expect(effectiveTermsOn(existing(given(...wrongKind)), '2025-06-01').inForce).toBe(false);
    licenceSpec
      .given(history(...wrongKind))
      .when(correct({ versionId: 'v-x', kind: 'renewal' }))
      .then([kindCorrected('v-x', 'renewal')]);
    const corrected = given(...wrongKind, kindCorrected('v-x', 'renewal'));
    expect(versionOf(corrected, 'v-x')).toMatchObject({ kind: 'renewal', corrections: 1, sequence: 2 });
    expect(illOn(corrected, '2025-06-01')).toBe('permitted-explicit');
  });

  it('given an original, when another version is corrected to original, then original-already-recorded', () => {
    licenceSpec
      .given(withAmendment())
      .when(correct({ versionId: 'v-a1', kind: 'original' }))
      .thenRefused('original-already-recorded', /correct that one's kind first/);
  });

  it('given an original and a renewal entered the wrong way round, when the original is demoted first, then the renewal may become the original', () => {
    const swapped = [drafted(), original({}, { effectiveFrom: '2025-01-01' }), renewal('v-r1', '2024-01-01', '2024-12-31', {})];
    licenceSpec
      .given(history(...swapped))
      .when(correct({ versionId: 'v-original', kind: 'renewal' }))
      .then([kindCorrected('v-original', 'renewal')]);
    licenceSpec
      .given(history(...swapped, kindCorrected('v-original', 'renewal')))
      .when(correct({ versionId: 'v-r1', kind: 'original' }))
      .then([kindCorrected('v-r1', 'original')]);
  });

  it('given a withdrawn original, when another version is corrected to original, then accepted (the withdrawn one no longer counts)', () => {
    licenceSpec
      .given(history(drafted(), original(), withdrawal('v-original'), amendment('v-a1', '2025-01-01', null, {})))
      .when(correct({ versionId: 'v-a1', kind: 'original' }))
      .then([kindCorrected('v-a1', 'original')]);
  });

  it('given a version, when corrected to the kind it has, then correction-changes-nothing', () => {
    licenceSpec
      .given(withAmendment())
      .when(correct({ versionId: 'v-a1', kind: 'amendment' }))
      .thenRefused('correction-changes-nothing');
  });

  it('given a confirmed version, when its kind is corrected, then it is unconfirmed again', () => {
    expect(versionOf(stateWithAmendment(versionConfirmed('v-a1'), kindCorrected('v-a1', 'renewal')), 'v-a1').confirmed).toBeUndefined();
  });
});

describe('correcting a status recorded by mistake', () => {
  const statusRecorded = (from: LicenceStatus, to: LicenceStatus): LicenceEvent => ({
    type: 'LicenceStatusRecorded',
    data: { licenceId: LICENCE_ID, from, to },
  });
  const terminated = [drafted(), statusRecorded('in-negotiation', 'active'), statusRecorded('active', 'terminated')];
  const correctStatus = (to: LicenceStatus, reason: string): CorrectLicenceStatus => ({
    type: 'CorrectLicenceStatus',
    data: { licenceId: LICENCE_ID, to, reason },
  });

  it('given a terminated licence, when corrected to active (no transition allows it), then LicenceStatusCorrected from → to with the reason', () => {
    licenceSpec
      .given(history(...terminated))
      .when({ type: 'RecordLicenceStatus', data: { licenceId: LICENCE_ID, to: 'active' } })
      .thenRefused('illegal-status-transition');
    const correction: LicenceEvent = {
      type: 'LicenceStatusCorrected',
      data: { licenceId: LICENCE_ID, from: 'terminated', to: 'active', lifecycle: 'active', reason: 'clicked the wrong licence' },
    };
    licenceSpec
      .given(history(...terminated))
      .when(correctStatus('active', ' clicked the wrong licence '))
      .then([correction]);
    expect(existing(given(...terminated, correction)).status).toBe('active');
  });

  it('given a licence, when corrected to the status it has, then status-unchanged', () => {
    licenceSpec
      .given(history(...terminated))
      .when(correctStatus('terminated', 'checking'))
      .thenRefused('status-unchanged', 'is already recorded as terminated');
  });

  it('given a licence, when corrected without a reason, then reason-required', () => {
    licenceSpec
      .given(history(...terminated))
      .when(correctStatus('active', ' '))
      .thenRefused('reason-required', /correcting the status of licence lic-1 needs a reason/);
  });
});

describe('detaching a document attached by mistake', () => {
  const attachedData: LicenceDocumentAttached = {
    licenceId: LICENCE_ID,
    versionId: 'v-original',
    sha256: SHA,
    fileName: 'order-form.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 10,
    documentType: 'order-form',
  };
  const attached = (): LicenceEvent => ({ type: 'LicenceDocumentAttached', data: attachedData });
  const signedWithIt: LicenceEvent = {
    type: 'LicenceSignatureRecorded',
    data: { licenceId: LICENCE_ID, versionId: 'v-original', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2023-12-01', documentSha256: SHA },
  };
  const detachment = (reason = 'wrong file'): LicenceEvent => ({
    type: 'LicenceDocumentDetached',
    data: { licenceId: LICENCE_ID, versionId: 'v-original', sha256: SHA, reason },
  });
  const detach = (sha256 = SHA, reason = 'wrong file', versionId = 'v-original'): DetachDocument => ({
    type: 'DetachDocument',
    data: { licenceId: LICENCE_ID, versionId, sha256, reason },
  });
  const documentEvents = [drafted(), original(), attached(), signedWithIt];
  const withDocument = (...more: LicenceEvent[]) => history(...documentEvents, ...more);

  it('given an attached document, when detached, then LicenceDocumentDetached (address lower-cased, reason trimmed)', () => {
    licenceSpec.given(withDocument()).when(detach(SHA.toUpperCase(), ' wrong file ')).then([detachment()]);
  });

  it('given the detachment, when folded, then the document is still listed, marked detached, and the signature keeps its reference', () => {
    const version = versionOf(given(...documentEvents, detachment()), 'v-original');
    expect(version.documents).toHaveLength(1);
    expect(version.documents[0]).toMatchObject({
      sha256: SHA,
      attached: { recordedAt: recordedAt(2) },
      detached: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(4), reason: 'wrong file' },
    });
    expect(version.signatures[0].documentSha256).toBe(SHA);
  });

  it('given a detached document, when detached again, then document-already-detached; never attached, document-not-found', () => {
    licenceSpec
      .given(withDocument(detachment()))
      .when(detach())
      .thenRefused('document-already-detached', `on ${recordedAt(4)} by s-associate`);
    licenceSpec.given(withDocument()).when(detach(OTHER_SHA)).thenRefused('document-not-found', `no document ${OTHER_SHA} is attached to version v-original`);
  });

  it('given a document, when detached without a reason, then reason-required', () => {
    licenceSpec.given(withDocument()).when(detach(SHA, '  ')).thenRefused('reason-required', `detaching document ${SHA} needs a reason`);
  });

  it('given a detached document, when a new signature names it, then document-not-attached', () => {
    licenceSpec
      .given(withDocument(detachment()))
      .when({
        type: 'RecordSignature',
        data: { licenceId: LICENCE_ID, versionId: 'v-original', signedBy: 'L. Librarian', party: 'licensee', signedOn: '2023-12-02', documentSha256: SHA },
      })
      .thenRefused('document-not-attached');
  });

  it('given a detached document, when attached again, then a new attachment beside the detached one, which may be detached in turn', () => {
    licenceSpec.given(withDocument(detachment())).when({ type: 'AttachDocument', data: attachedData }).then([attached()]);
    const documents = versionOf(given(...documentEvents, detachment(), attached()), 'v-original').documents;
    expect(documents.map((document) => [document.sha256, document.detached?.reason ?? null])).toEqual([
      [SHA, 'wrong file'],
      [SHA, null],
    ]);
    licenceSpec.given(withDocument(detachment(), attached())).when(detach()).then([detachment()]);
  });

  it('given a licence, when a version it does not have is named, then version-not-found', () => {
    licenceSpec
      .given(withDocument())
      .when(detach(SHA, 'x', 'v-nope'))
      .thenRefused('version-not-found');
  });
});
