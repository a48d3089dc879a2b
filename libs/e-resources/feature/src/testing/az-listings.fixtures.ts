import { AzEntry, AzListing } from '../a-z/a-z-listing';

const DATABASE = { key: 'database', label: 'Database' };
const REFERENCE = { key: 'reference-work', label: 'Reference work' };
const JOURNALS = { key: 'e-journal-package', label: 'E-journal package' };
const HISTORY = { key: 'history', label: 'History' };
const BIOLOGY = { key: 'biology', label: 'Biology' };
const GENERAL = { key: 'general', label: 'General and reference' };
const PROXY = 'https://login.proxy.example.edu/login?url=';

/** Resources of every kind the page shows (new, on trial, with and without permitted uses, filed under a digit), in filing order: digits first. */
export const AZ_ENTRIES: AzEntry[] = [
  {
    id: '19c-newspapers',
    name: '19th Century British Newspapers',
    letter: '#',
    description: 'Digitised national and regional newspapers, 1800 to 1900.',
    link: `${PROXY}${encodeURIComponent('https://www.gale.com/19th-century-newspapers')}`,
    resourceType: DATABASE,
    subjects: [HISTORY],
    vendor: { id: 'gale', name: 'Gale' },
    isNew: false,
    isTrial: false,
    permittedUses: [],
  },
  {
    id: 'acm-dl',
    name: 'ACM Digital Library',
    letter: 'A',
    description: 'Full text of journals and conference proceedings in computing.',
    link: `${PROXY}${encodeURIComponent('https://dl.acm.org/')}`,
    resourceType: JOURNALS,
    subjects: [GENERAL],
    vendor: { id: 'acm', name: 'Association for Computing Machinery' },
    isNew: false,
    isTrial: false,
    permittedUses: [],
  },
  {
    id: 'bioone',
    name: 'BioOne Complete',
    letter: 'B',
    description: 'Biological, ecological and environmental science journals.',
    link: `${PROXY}${encodeURIComponent('https://bioone.org/')}`,
    accessNotes: 'Three concurrent users.',
    resourceType: JOURNALS,
    subjects: [BIOLOGY],
    vendor: { id: 'bioone', name: 'BioOne' },
    isNew: true,
    isTrial: false,
    permittedUses: [{ key: 'ill', label: 'Interlibrary loan', note: 'Print or secure electronic transmission to other libraries.' }],
  },
  {
    id: 'britannica',
    name: 'Britannica Academic',
    letter: 'B',
    description: 'Encyclopaedia articles, biographies and primary sources.',
    link: 'https://academic.eb.com/',
    accessNotes: 'On campus only.',
    resourceType: REFERENCE,
    subjects: [GENERAL, HISTORY],
    isNew: false,
    isTrial: true,
    trialEndsOn: '2026-12-31',
    permittedUses: [],
  },
  {
    id: 'jstor',
    name: 'JSTOR',
    letter: 'J',
    description: 'Back runs of scholarly journals across the humanities and sciences.',
    link: `${PROXY}${encodeURIComponent('https://www.jstor.org/')}`,
    resourceType: JOURNALS,
    subjects: [HISTORY, BIOLOGY],
    vendor: { id: 'ithaka', name: 'ITHAKA' },
    isNew: false,
    isTrial: false,
    permittedUses: [
      { key: 'ill', label: 'Interlibrary loan', note: 'Allowed, articles only.' },
      { key: 'course-reserves', label: 'Course reserves', note: 'Link from the course page; no copies.' },
      { key: 'tdm', label: 'Text and data mining', note: 'Through JSTOR Data for Research only.' },
    ],
  },
  {
    id: 'le-monde',
    name: 'Le Monde Archives',
    letter: 'M',
    description: 'The French daily newspaper since 1944.',
    link: `${PROXY}${encodeURIComponent('https://www.lemonde.fr/archives/')}`,
    resourceType: DATABASE,
    subjects: [HISTORY],
    isNew: false,
    isTrial: false,
    permittedUses: [],
  },
];

const LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const STUB_PAGE_SIZE = 4;

/** The filters of the query string as the real DTO will give them: an empty field (as a GET form sends it) is no filter. */
function filtersOf(query: Record<string, unknown>) {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? String(query[name]) : undefined);
  return {
    letter: text('letter'),
    cursor: text('cursor'),
    filters: { q: text('q'), subject: text('subject'), type: text('type'), vendor: text('vendor'), new: query.new === 'true', trial: query.trial === 'true' },
  };
}

/**
 * A listing over fixed entries, filtered and counted roughly as the A-Z query does (no as-of: every entry is active),
 * for the renderer's unit tests: the browser test runs the real query.
 */
export function listingOf(all: readonly AzEntry[], query: Record<string, unknown>): AzListing {
  const { letter, cursor, filters } = filtersOf(query);
  const q = filters.q?.toLowerCase();
  const matching = all.filter(
    (entry) =>
      (!filters.subject || entry.subjects.some((subject) => subject.key === filters.subject)) &&
      (!filters.type || entry.resourceType.key === filters.type) &&
      (!filters.vendor || entry.vendor?.id === filters.vendor) &&
      (!filters.new || entry.isNew) &&
      (!filters.trial || entry.isTrial) &&
      (!q || `${entry.name} ${entry.description ?? ''}`.toLowerCase().includes(q)),
  );
  const inLetter = matching.filter((entry) => !letter || entry.letter === letter);
  const start = Number(cursor ?? 0);
  const facet = (pick: (entry: AzEntry) => { key: string; label: string }[]) => {
    const counts = new Map<string, { key: string; label: string; count: number }>();
    for (const choice of matching.flatMap(pick)) counts.set(choice.key, { ...choice, count: (counts.get(choice.key)?.count ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    activeOn: '2026-12-03',
    knownAt: '2026-12-03T12:00:00.000Z',
    letter,
    // As the query does: only the letters that have resources.
    letters: LETTERS.map((each) => ({ letter: each, count: matching.filter((entry) => entry.letter === each).length })).filter(({ count }) => count > 0),
    entries: inLetter.slice(start, start + STUB_PAGE_SIZE),
    facets: { subjects: facet((entry) => entry.subjects), types: facet((entry) => [entry.resourceType]) },
    filters: { ...filters, new: filters.new || undefined, trial: filters.trial || undefined },
    nextCursor: start + STUB_PAGE_SIZE < inLetter.length ? String(start + STUB_PAGE_SIZE) : undefined,
  };
}
