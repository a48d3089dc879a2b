import { FolioLicenceJson } from './folio-migration';

/** Licences one HTTP import takes at most (a larger migration goes through `era import folio-licences`, in one run or several). */
export const MAX_HTTP_IMPORT_RECORDS = 1000;
/** Licences one CLI import takes at most. */
export const MAX_CLI_IMPORT_RECORDS = 100_000;

export type FolioImportFile = { records: FolioLicenceJson[]; problem?: undefined } | { records?: undefined; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The licences of an import file, as FOLIO's API answers them: a JSON array of licences, or a page object
 * `{"licenses": […]}`, or `{"results": […]}` as `?stats=true` answers (with `totalRecords` and the like beside it). Refused whole when it is neither, holds no
 * licence, more than `maxRecords`, or an entry that is no JSON object: nothing of a file that is not a licence file
 * is recorded.
 */
export function readFolioImportFile(json: unknown, maxRecords: number): FolioImportFile {
  const page = isRecord(json) ? (Array.isArray(json.licenses) ? json.licenses : Array.isArray(json.results) ? json.results : undefined) : undefined;
  const list = Array.isArray(json) ? json : page;
  if (list === undefined) return { problem: 'the file must be FOLIO licence JSON: an array of licences, or a page {"licenses": [ … ]} or {"results": [ … ]}' };
  if (list.length === 0) return { problem: 'the file holds no licence' };
  if (list.length > maxRecords) return { problem: `the file holds ${list.length} licences; at most ${maxRecords} are imported at once` };
  const notObject = list.findIndex((entry) => !isRecord(entry));
  if (notObject >= 0) return { problem: `licence ${notObject} of the file is not a JSON object` };
  return { records: list as FolioLicenceJson[] };
}
