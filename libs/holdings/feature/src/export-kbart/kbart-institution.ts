/** The institution named in the export's file name (`<institution>_AllTitles_<date>.txt`); `ERA` unless bound. */
export const KBART_INSTITUTION = Symbol('KbartInstitution');
export const DEFAULT_KBART_INSTITUTION = 'ERA';
