// What the CLI and the bench use of the import (one export line in the feature's index for all of it).
export * from './title-list-importer';
export * from './title-list-importer-outside-nest';
export * from './title-list-report';
export * from '../shared/package-of';
export * from './upload-route';
export * from '../shared/current-title-list';
export * from '../shared/title-list-history';
export * from '../shared/title-list-reports';
