import { InvalidQueryError, ReadDocument, ReadStore } from '../index';

interface Resource extends ReadDocument {
  name: string;
  sortName: string;
  alternateNames: string[];
  description: string;
  subject: string;
}

const resource = (id: string, name: string, subject: string, description: string, alternateNames: string[] = []): Resource => ({
  id,
  name,
  sortName: name.toLowerCase(),
  alternateNames,
  description,
  subject,
});

const RESOURCES: Resource[] = [
  resource('r1', 'PsycINFO', 'psychology', 'Psychology literature, 1806–present.', ['APA PsycInfo', 'Psychological Abstracts']),
  resource('r2', 'Résumé Writing Guide', 'careers', 'Careers: CV & résumé help'),
  resource('r3', 'Web of Science', 'multi', 'Citation index (science, social sciences, arts & humanities)', ['WoS']),
  resource('r4', 'JSTOR', 'multi', 'Archive of journals in the humanities and social sciences.', ['Journal Storage']),
  resource('r5', 'Social Science Premium Collection', 'social', 'Abstracts and full text'),
  resource('r6', 'AND OR NOT (Boolean) Searching', 'skills', 'How to use "quotes" and * wildcards'),
  resource('r7', 'Ovid MEDLINE(R) 1946+', 'medicine', 'Biomedical citations'),
];
const ALL = RESOURCES.map((r) => r.id);
const TEXT_FIELDS = ['name', 'alternateNames', 'description'];

/** Full-text search (`textFields`, `find({ text })`): the same answers on every adapter. */
export function describeTextSearchContract(getStore: () => ReadStore, name: (suffix: string) => string): void {
  describe('text search', () => {
    const c = name('text');
    const store = () => getStore();
    const ids = async (text: string, extra: { where?: Record<string, string>; sort?: { field: string; direction?: 'asc' | 'desc' } } = {}) =>
      (await store().find<Resource>(c, { text, ...extra })).items.map((r) => r.id);

    beforeAll(async () => {
      await store().ensureCollection({ name: c, indexes: ['subject', 'sortName'], textFields: TEXT_FIELDS });
      await store().commit({ operations: RESOURCES.map((document) => ({ kind: 'put' as const, collection: c, document })) });
    });

    it('finds documents containing every word, each as the start of a word, in any text field', async () => {
      expect(await ids('soc sci')).toEqual(['r3', 'r4', 'r5']);
      expect(await ids('soc sci hum')).toEqual(['r3', 'r4']);
      expect(await ids('psyc')).toEqual(['r1']);
      expect(await ids('journal storage')).toEqual(['r4']);
      expect(await ids('wos')).toEqual(['r3']);
      expect(await ids('ience')).toEqual([]);
      expect(await ids('psyc careers')).toEqual([]);
    });

    it('ignores case and diacritics on both sides', async () => {
      for (const text of ['resume', 'RÉSUMÉ', 'Résu', 'rèsumê']) expect(await ids(text)).toEqual(['r2']);
      expect(await ids('PSYCINFO')).toEqual(['r1']);
    });

    it('treats punctuation as a separator', async () => {
      expect(await ids('cv&résumé')).toEqual(['r2']);
      expect(await ids('medline(r)')).toEqual(['r7']);
      expect(await ids('web-of-science')).toEqual(['r3']);
      expect(await ids('1806')).toEqual(['r1']);
      expect(await ids('“Boolean”,')).toEqual(['r6']);
    });

    it('reads search syntax as plain words, never failing on it', async () => {
      expect(await ids('AND OR NOT (')).toEqual(['r6']);
      expect(await ids('^psyc')).toEqual(['r1']);
      expect(await ids('name:psyc')).toEqual([]);
      expect(await ids('NEAR(web science)')).toEqual([]);
      for (const text of ['"', '*', '"*', "'", '\\', '(', ')', '-', '+', ':', '{}', '[]', '.*', '$']) expect(await ids(text)).toEqual(ALL);
      expect(await ids('')).toEqual(ALL);
    });

    it('combines with where, sort and pages, keeping the requested order', async () => {
      expect(await ids('soc', { sort: { field: 'sortName' } })).toEqual(['r4', 'r5', 'r3']);
      expect(await ids('soc', { sort: { field: 'sortName', direction: 'desc' } })).toEqual(['r3', 'r5', 'r4']);
      expect(await ids('soc', { where: { subject: 'multi' } })).toEqual(['r3', 'r4']);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store().find<Resource>(c, {
          text: 'sci',
          where: { subject: 'multi' },
          sort: { field: 'sortName', direction: 'desc' },
          limit: 1,
          cursor,
        });
        expect(page.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['r3', 'r4']);
    });

    it('follows puts and deletes: a deleted document is no longer found, a replaced one only by its new text', async () => {
      const d = name('textwrites');
      await store().ensureCollection({ name: d, indexes: [], textFields: ['name'] });
      await store().put(d, { id: 'a', name: 'Scopus' });
      await store().put(d, { id: 'b', name: 'Scopus Preview' });
      expect((await store().find(d, { text: 'scop' })).items.map((r) => r.id)).toEqual(['a', 'b']);
      await store().delete(d, 'a');
      expect((await store().find(d, { text: 'scop' })).items.map((r) => r.id)).toEqual(['b']);
      await store().commit({ operations: [{ kind: 'put', collection: d, document: { id: 'b', name: 'Embase' } }] });
      expect((await store().find(d, { text: 'scop' })).items).toEqual([]);
      expect((await store().find(d, { text: 'emb' })).items).toEqual([{ id: 'b', name: 'Embase' }]);
      await store().commit({
        operations: [
          { kind: 'put', collection: d, document: { id: 'c', name: 'CINAHL', other: 'Nursing' } },
          { kind: 'delete', collection: d, id: 'b' },
        ],
      });
      expect((await store().find(d, { text: 'emb' })).items).toEqual([]);
      expect((await store().find(d, { text: 'cin' })).items.map((r) => r.id)).toEqual(['c']);
      expect((await store().find(d, { text: 'nursing' })).items).toEqual([]);
    });

    it('indexes the documents already there when text fields are declared later, and keeps them on a repeated ensure', async () => {
      const d = name('textlater');
      await store().ensureCollection({ name: d, indexes: [] });
      await store().put(d, { id: 'a', name: 'Nature', tags: ['journals', 'science'], count: 3 });
      await expect(store().find(d, { text: 'nat' })).rejects.toBeInstanceOf(InvalidQueryError);
      await store().ensureCollection({ name: d, indexes: [], textFields: ['name', 'tags', 'count'] });
      expect((await store().find(d, { text: 'nat jour' })).items).toEqual([{ id: 'a', name: 'Nature', tags: ['journals', 'science'], count: 3 }]);
      expect((await store().find(d, { text: '3' })).items).toEqual([]);
      await store().ensureCollection({ name: d, indexes: [], textFields: ['name', 'tags', 'count'] });
      expect((await store().find(d, { text: 'sci' })).items.map((r) => r.id)).toEqual(['a']);
    });

    it('refuses text on a collection without text fields, and text beyond 200 characters or 16 words', async () => {
      const plain = name('notext');
      await store().ensureCollection({ name: plain, indexes: [] });
      await expect(store().find(plain, { text: 'x' })).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(store().find(c, { text: 'a'.repeat(201) })).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(store().find(c, { text: Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ') })).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(store().find(c, { text: 42 as never })).rejects.toBeInstanceOf(InvalidQueryError);
      expect(await ids('a'.repeat(200))).toEqual([]);
      expect(await ids(Array.from({ length: 16 }, () => 'soc').join(' '))).toEqual(['r3', 'r4', 'r5']);
    });

    it('drops the text index with its collection: lists only the collection, and a re-created one finds nothing old', async () => {
      const d = name('textdrop');
      await store().ensureCollection({ name: d, indexes: [], textFields: ['name'] });
      await store().put(d, { id: 'a', name: 'Scopus' });
      expect((await store().listCollections()).filter((listed) => listed.includes(d))).toEqual([d]);
      await store().dropCollection(d);
      expect((await store().listCollections()).filter((listed) => listed.includes(d))).toEqual([]);
      await store().ensureCollection({ name: d, indexes: [], textFields: ['name'] });
      expect((await store().find(d, { text: 'scop' })).items).toEqual([]);
      await store().put(d, { id: 'b', name: 'Scopus' });
      expect((await store().find(d, { text: 'scop' })).items.map((r) => r.id)).toEqual(['b']);
    });
  });
}
