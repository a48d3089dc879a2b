import { AzEntry } from '../a-z-page/az-listing';

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
