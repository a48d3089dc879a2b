import { AmendmentEffect, FOLIO_LIST_KEYS, LicenceLifecycle } from '@era/licensing-domain';
import { FolioTermDefinition, FolioTermMapping, FolioTermMappingEntry } from './folio-migration';

/**
 * FOLIO's standard licence terms (mod-licenses tenant sample data, service/src/main/okapi/tenant/sample_data/_data.groovy,
 * and the property names of its scripts/test_license_1.json) mapped to the ledger's term keys
 * (libs/licensing/domain/src/default-licence-terms.ts). FOLIO refdata values arrive normalised by FOLIO
 * ("Permitted (explicit)" is `permitted_(explicit)`, "Other (see notes)" is `other_(see_notes)`); the tables below are
 * keyed by those values. Every value a table produces maps back to one FOLIO value, so the export inverts it.
 */

/** FOLIO's "Permitted/Prohibited" category → the permission scale (FOLIO's "Unmentioned" is our "silent"). */
export const FOLIO_PERMISSION_VALUES: Readonly<Record<string, string>> = {
  'permitted_(explicit)': 'permitted-explicit',
  'permitted_(explicit)_under_conditions': 'permitted-explicit-under-conditions',
  'permitted_(interpreted)': 'permitted-interpreted',
  'prohibited_(explicit)': 'prohibited-explicit',
  'prohibited_(interpreted)': 'prohibited-interpreted',
  unmentioned: 'silent',
  not_applicable: 'not-applicable',
};

/** FOLIO's "Yes/No/Other" category → yes-no-other ("Other" in older tenants, "Other (see notes)" in newer ones). */
export const FOLIO_YES_NO_OTHER_VALUES: Readonly<Record<string, string>> = {
  yes: 'yes',
  no: 'no',
  'other_(see_notes)': 'other',
};

/** The FOLIO value each yes-no-other value exports as (`other` both ways: newer tenants' wording). */
export const YES_NO_OTHER_TO_FOLIO: Readonly<Record<string, string>> = { yes: 'yes', no: 'no', other: 'other_(see_notes)' };

const permission = (folioName: string, termKey: string): FolioTermMappingEntry => ({ folioName, termKey, values: FOLIO_PERMISSION_VALUES });

const yesNoOther = (folioName: string, termKey: string, define?: FolioTermDefinition): FolioTermMappingEntry => ({
  folioName,
  termKey,
  values: FOLIO_YES_NO_OTHER_VALUES,
  ...(define && { define }),
});

const definedYesNoOther = (label: string, description: string): FolioTermDefinition => ({
  label,
  valueType: 'yes-no-other',
  category: 'FOLIO',
  description,
});

const definedText = (label: string, description: string): FolioTermDefinition => ({ label, valueType: 'text', category: 'FOLIO', description });

/** FOLIO's License.Status values → lifecycles ("Current" is the legacy name of Active). */
export const FOLIO_STATUS_LIFECYCLES: Readonly<Record<string, LicenceLifecycle>> = {
  active: 'active',
  current: 'active',
  in_negotiation: 'in-negotiation',
  not_yet_active: 'not-yet-active',
  rejected: 'rejected',
  expired: 'expired',
  terminated: 'terminated',
};

/**
 * FOLIO amendments carry a status of their own (License.Status values, or Current/Future/Historical/Does not apply
 * where an agreement links them): one that was never agreed does not apply; any other counts on the days its dates cover.
 */
export const FOLIO_AMENDMENT_STATUS_EFFECTS: Readonly<Record<string, AmendmentEffect>> = {
  active: 'by-dates',
  current: 'by-dates',
  future: 'by-dates',
  historical: 'by-dates',
  expired: 'by-dates',
  not_yet_active: 'by-dates',
  terminated: 'by-dates',
  in_negotiation: 'does-not-apply',
  rejected: 'does-not-apply',
  does_not_apply: 'does-not-apply',
};

export const DEFAULT_FOLIO_TERM_MAPPING: FolioTermMapping = {
  listKeys: FOLIO_LIST_KEYS,
  statusLifecycles: FOLIO_STATUS_LIFECYCLES,
  amendmentStatusEffects: FOLIO_AMENDMENT_STATUS_EFFECTS,
  terms: [
    // Access.
    { folioName: 'authorisedUsers', termKey: 'authorised-users' },
    { folioName: 'concurrentAccess', termKey: 'concurrent-users' },
    // FOLIO asks "Walk-in access permitted?" with Yes/No/Other; ours takes the permission scale. "Other" says nothing
    // a permission can hold without guessing, so it is kept as FOLIO has it, under a term the import defines.
    {
      folioName: 'walkInAccess',
      termKey: 'walk-in-access',
      values: { yes: 'permitted-explicit', no: 'prohibited-explicit' },
      otherwise: {
        termKey: 'folio-walk-in-access',
        define: definedYesNoOther('Walk-in access permitted? (FOLIO)', 'FOLIO walkInAccess values that are neither Yes nor No: read the note.'),
      },
    },
    // FOLIO asks "Access restricted to on-campus/campus network?": yes = remote access prohibited, no = permitted.
    {
      folioName: 'remoteAccess',
      termKey: 'remote-access',
      values: { yes: 'prohibited-explicit', no: 'permitted-explicit' },
      otherwise: {
        termKey: 'folio-remote-access',
        define: definedYesNoOther(
          'Access restricted to on-campus/campus network? (FOLIO)',
          'FOLIO remoteAccess values that are neither Yes nor No: read the note. Yes would mean remote access is prohibited.',
        ),
      },
    },
    // Interlibrary loan.
    permission('illPrint', 'ill-print'),
    permission('illElectronic', 'ill-electronic'),
    permission('illSecureElectronic', 'ill-secure-electronic'),
    // Teaching.
    permission('reservesElectronic', 'course-reserves-electronic'),
    permission('reservesPrint', 'course-reserves-print'),
    permission('coursePackElectronic', 'course-packs-electronic'),
    permission('coursePackPrint', 'course-packs-print'),
    // Copying and sharing, research.
    permission('copyDigital', 'digital-copy'),
    permission('copyPrint', 'print-copy'),
    permission('scholarlySharing', 'scholarly-sharing'),
    permission('textAndDataMining', 'text-and-data-mining'),
    // Preservation and legal (names from mod-licenses scripts/test_license_1.json).
    yesNoOther('perpetualAccess', 'perpetual-access'),
    yesNoOther('archivingAllowed', 'archiving'),
    { folioName: 'governingLaw', termKey: 'governing-law' },
    { folioName: 'governingJurisdiction', termKey: 'jurisdiction' },
    yesNoOther('confidentialityofAgreementRequired', 'confidentiality'),
    // FOLIO's standard terms with no default here: defined by the first import that meets them.
    // "Post-cancellation terms included?" asks whether the licence has such terms, not whether access survives:
    // kept apart from perpetual-access rather than read as a yes to perpetual access.
    yesNoOther(
      'postCancellationAccess',
      'post-cancellation-terms',
      definedYesNoOther('Post-cancellation terms included?', 'Does the licence include post-cancellation terms? (FOLIO postCancellationAccess)'),
    ),
    yesNoOther('authIP', 'ip-authentication', definedYesNoOther('IP authentication supported?', 'Whether authentication via IP range is supported.')),
    yesNoOther('authProxy', 'proxy-access', definedYesNoOther('Access via a proxy supported?', 'Whether authentication via a reverse proxy is supported.')),
    yesNoOther(
      'authSAML',
      'saml-authentication',
      definedYesNoOther('SAML compliant authentication supported?', 'Whether authentication via a SAML compliant method is supported.'),
    ),
    yesNoOther(
      'annualOptOut',
      'annual-opt-out',
      definedYesNoOther('Annual opt-out clause included?', "Whether the licence includes an 'annual opt-out' clause within a multi-year agreement."),
    ),
    {
      folioName: 'otherRestrictions',
      termKey: 'other-restrictions',
      define: definedText('Other restrictions', 'Other restrictions expressed in the licence.'),
    },
    {
      folioName: 'metadataUsage',
      termKey: 'metadata-usage',
      define: definedText('Metadata usage', 'Any restrictions expressed related to the use of metadata in the platforms.'),
    },
    {
      folioName: 'APCAndOffsetting',
      termKey: 'apc-and-offsetting',
      define: definedText('APC discount or cost offsetting', 'Whether the resource is subject to an APC discount or subscription cost offsetting agreement.'),
    },
  ],
};
