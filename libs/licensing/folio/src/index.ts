export * from './folio-migration';
export * from './default-term-mapping';
export * from './folio-term-mapping';
export { ledgerIdOfFolioId, originalVersionIdOf, staffIdOfFolioUser, FOLIO_STAFF_PREFIX } from './folio-ids';
export { NOT_STATED } from './folio-documents';
export { ORIGINAL_LABEL } from './folio-versions';
export { planFolioLicence } from './plan-folio-licence';
