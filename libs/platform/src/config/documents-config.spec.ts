import { join, resolve } from 'node:path';
import { ConfigurationError, loadConfig } from './app-config';

describe('signed-document configuration', () => {
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/srv/era', ...env }, []).documents;

  it('keeps documents as files in the data folder, up to 25 MiB (title lists up to 256 MiB), by default', () => {
    expect(load({})).toEqual({ store: { kind: 'files', directory: join('/srv/era', 'documents') }, maxBytes: 26_214_400, titleListMaxBytes: 268_435_456 });
  });

  it('takes another folder from DOCUMENTS_DIR, relative to the data folder', () => {
    expect(load({ DOCUMENTS_DIR: 'signed' }).store).toEqual({ kind: 'files', directory: join('/srv/era', 'signed') });
    expect(load({ DOCUMENTS_DIR: '/mnt/documents' }).store).toEqual({ kind: 'files', directory: resolve('/mnt/documents') });
  });

  it('puts them into the licence-documents GridFS bucket of the configured MongoDB', () => {
    expect(load({ DOCUMENT_STORE: 'gridfs', MONGODB_URL: 'mongodb://m1/', MONGODB_DATABASE: 'library' }).store).toEqual({
      kind: 'gridfs',
      url: 'mongodb://m1/',
      database: 'library',
      bucket: 'licence-documents',
    });
    expect(() => load({ DOCUMENT_STORE: 'gridfs' })).toThrow('MONGODB_URL is required');
  });

  it('takes the limit from MAX_DOCUMENT_BYTES and refuses what is not a store or a size', () => {
    expect(load({ MAX_DOCUMENT_BYTES: '1048576' }).maxBytes).toBe(1_048_576);
    expect(() => load({ MAX_DOCUMENT_BYTES: '25MB' })).toThrow(ConfigurationError);
    expect(load({ MAX_TITLE_LIST_BYTES: '104857600' }).titleListMaxBytes).toBe(104_857_600);
    expect(() => load({ MAX_TITLE_LIST_BYTES: 'big' })).toThrow(ConfigurationError);
    expect(() => load({ DOCUMENT_STORE: 's3' })).toThrow('DOCUMENT_STORE must be one of files, gridfs; got s3');
  });
});
