import { FolioPlanner } from './folio-import-run';

/** The pure planner of libs/licensing/folio, as the import runs it. */
export const FOLIO_PLANNER: FolioPlanner = {
  licenceIdOf: () => {
    throw new Error('the FOLIO import planner is not wired yet');
  },
  plan: () => {
    throw new Error('the FOLIO import planner is not wired yet');
  },
};
