export * from './file-system-document-store';
