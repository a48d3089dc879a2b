// Holdings (issue 12): title-list imports, title activations, the title A-Z and the KBART export.
export * from './holdings-modules';
export * from './import-title-list/title-list-import';
export * from './import-title-list/title-list-importer-api';
export * from './title-activations-shared/upload-route';
export * from './holdings-raw-body-routes';
export * from './title-a-z.module';
export * from './title-a-z/active-holdings-reader';
export * from './export-kbart';
export { readRecordsInThread, titleListReaderInWorkers, type OpenedRecords, type TitleListReader } from './import-title-list/reading/title-list-reader';
