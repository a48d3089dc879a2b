import { LicenceList, ListValue } from './licence-lists-events';

/** The seed's name in LicenceListsSeeded: which defaults were in force. */
export const DEFAULT_LICENCE_LISTS_SEED = 'era-and-folio-2026-12';

const value = (key: string, label: string, extra: Partial<ListValue> = {}): ListValue => ({ key, label, ...extra });

/**
 * The values every list starts with: the service's own values as they were before the lists (their keys unchanged, so
 * that every licence recorded before still reads) and FOLIO mod-licenses' standard refdata (License.Type,
 * License.Status, DocumentAttachment.AtType, LicenseOrg.Role, InternalContact.Role, and the amendment statuses of
 * FOLIO agreements' licence links). FOLIO values that mean one of ours are not repeated under a second key:
 * FOLIO's "License" document type is `licence`, its "Consortium authorization statement" is `consortium-authorisation`.
 */
export const DEFAULT_LICENCE_LISTS: Readonly<Record<LicenceList, readonly ListValue[]>> = {
  'licence-type': [value('local', 'Local'), value('consortial', 'Consortial'), value('national', 'National'), value('alliance', 'Alliance')],
  'licence-status': [
    value('in-negotiation', 'In negotiation', { lifecycle: 'in-negotiation' }),
    value('not-yet-active', 'Not yet active', { lifecycle: 'not-yet-active' }),
    value('active', 'Active', { lifecycle: 'active' }),
    value('rejected', 'Rejected', { lifecycle: 'rejected' }),
    value('expired', 'Expired', { lifecycle: 'expired' }),
    value('terminated', 'Terminated', { lifecycle: 'terminated' }),
  ],
  'amendment-status': [
    value('current', 'Current', { amendmentEffect: 'by-dates' }),
    value('future', 'Future', { amendmentEffect: 'by-dates' }),
    value('historical', 'Historical', { amendmentEffect: 'by-dates' }),
    value('does-not-apply', 'Does not apply', { amendmentEffect: 'does-not-apply' }),
  ],
  'document-type': [
    value('licence', 'Licence'),
    value('amendment', 'Amendment'),
    value('countersigned-copy', 'Countersigned copy'),
    value('order-form', 'Order form'),
    value('seru-statement', 'SERU statement'),
    value('consortium-authorisation', 'Consortium authorisation statement'),
    value('misc', 'Misc'),
    value('vendor-terms-and-conditions', 'Vendor terms and conditions'),
    value('product-data-sheet', 'Product data sheet'),
    value('consortium-negotiation-document', 'Consortium negotiation document'),
  ],
  'organisation-role': [
    value('licensor', 'Licensor'),
    value('licensee', 'Licensee'),
    value('consortium', 'Consortium', { description: 'The licensing consortium' }),
    value('consortium-administrator', 'Consortium administrator'),
  ],
  'contact-role': [
    value('authorized-signatory', 'Authorized signatory'),
    value('erm-librarian', 'ERM librarian'),
    value('license-owner', 'License owner'),
    value('negotiator', 'Negotiator'),
    value('subject-specialist', 'Subject specialist'),
  ],
};

/**
 * FOLIO refdata values (as its API writes them, e.g. `consortium_authorization_statement`) whose key here is not the
 * value kebab-cased; every other FOLIO value of these lists is its value with `_` as `-`.
 */
export const FOLIO_LIST_KEYS: Readonly<Partial<Record<LicenceList, Readonly<Record<string, string>>>>> = {
  'document-type': { license: 'licence', consortium_authorization_statement: 'consortium-authorisation' },
  'contact-role': { authorised_signatory: 'authorized-signatory' },
};
