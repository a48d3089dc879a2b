import { ledgerIdOfFolioId, planFolioLicence } from '@era/licensing-folio';
import { FolioPlanner } from './folio-import-run';

/**
 * The pure planner of libs/licensing/folio, as the import runs it. A record without a usable id plans nothing but
 * its refusal (the planner says why); its ledger state is then that of no licence.
 */
export const FOLIO_PLANNER: FolioPlanner = {
  licenceIdOf: (record) => ledgerIdOfFolioId(record.id),
  plan: planFolioLicence,
};
