import { readFolioImportFile } from './folio-import-file';

describe('readFolioImportFile', () => {
  it.each([
    ['an array of licences', [{ id: 'a' }, { id: 'b' }]],
    ['a page {licenses}', { licenses: [{ id: 'a' }, { id: 'b' }], totalRecords: 2 }],
    ['a page {results} (stats=true)', { results: [{ id: 'a' }, { id: 'b' }], totalRecords: 2, page: 1 }],
  ])('reads %s', (_case, json) => {
    expect(readFolioImportFile(json, 10)).toEqual({ records: [{ id: 'a' }, { id: 'b' }] });
  });

  it.each([
    ['an object that is no page', { name: 'Sage' }, 'the file must be FOLIO licence JSON'],
    ['text', 'licences', 'the file must be FOLIO licence JSON'],
    ['an empty list', { licenses: [] }, 'the file holds no licence'],
    ['more licences than allowed', [{}, {}, {}], 'the file holds 3 licences; at most 2 are imported at once'],
    ['an entry that is no object', [{}, null], 'licence 1 of the file is not a JSON object'],
    ['an entry that is a list', [[{}]], 'licence 0 of the file is not a JSON object'],
  ])('refuses %s, whole', (_case, json, problem) => {
    expect(readFolioImportFile(json, 2).problem).toContain(problem);
  });
});
