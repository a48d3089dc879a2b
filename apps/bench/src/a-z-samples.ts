import { randomUUID } from 'node:crypto';
import { AppendMetadata } from '@era/event-store';
import { AccessKind, Audience, EResourceRegistered } from '@era/e-resources-domain';
import { Rng } from './desk-samples';

/**
 * Names as an academic library's A-Z list holds them: leading articles in English, French, German and Spanish (which
 * filing skips), diacritics and ligatures, titles starting with digits, publisher collections and series numbers.
 */
const SUBJECTS_EN = [
  'Medicine',
  'Law',
  'History',
  'Chemistry',
  'Physics',
  'Economics',
  'Education',
  'Philosophy',
  'Psychology',
  'Music',
  'Art History',
  'Nursing',
];
const ADJECTIVES_EN = ['American', 'British', 'International', 'European', 'Cambridge', 'Oxford', 'Modern', 'Early', 'Applied', 'Comparative', 'Digital'];
const FR = [
  'Revue d’histoire moderne',
  'Année philologique',
  'Encyclopédie de la Pléiade',
  'Œuvres complètes',
  'Économie appliquée',
  'Musée du Louvre, collections',
  'Études françaises',
];
const DE = [
  'Zeitschrift für Rechtsgeschichte',
  'Ärzteblatt Online',
  'Straßenverkehrsrecht',
  'Größen der Physik',
  'Brockhaus Enzyklopädie',
  'Übersetzungswissenschaft',
  'Zeit-Archiv',
];
const ES = [
  'País, hemeroteca',
  'Colección Jurídica',
  'Revista de Filología Española',
  'Biblioteca Digital Hispánica',
  'Anuario de Historia',
  'Cine español en línea',
];
const OTHER = [
  'Český jazyk a literatura',
  'Łódź Studies in Language',
  'Acta Universitatis Øresund',
  'Æsthetik und Kunst',
  'Þjóðarbókhlaðan Collection',
  'İstanbul Law Review',
];
const PUBLISHERS = [
  'Springer Nature',
  'Elsevier',
  'Wiley',
  'Taylor & Francis',
  'JSTOR',
  'SAGE',
  'Oxford University Press',
  'ProQuest',
  'EBSCO',
  'Gale',
  'De Gruyter',
  'Cairn.info',
];
const COLLECTIONS = ['eBooks', 'Backfiles', 'Journals Archive', 'Reference Online', 'Arts & Sciences', 'Legal Collection', 'Medicine Complete', 'Newspapers'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function sampleName(rng: Rng): string {
  const r = rng.next();
  if (r < 0.2) return `The ${rng.pick(ADJECTIVES_EN)} Journal of ${rng.pick(SUBJECTS_EN)}`;
  if (r < 0.3)
    return `${rng.pick(['A', 'An'])} ${rng.pick(['Encyclopedia', 'Atlas', 'Dictionary', 'Anthology', 'Index'])} of ${rng.pick(ADJECTIVES_EN)} ${rng.pick(SUBJECTS_EN)}`;
  if (r < 0.4) return `${rng.pick(['Le', 'La', 'Les', 'L’', "L'"])}${rng.pick(['', ' '])}${rng.pick(FR)}`.replace(/^(L['’]) /u, '$1');
  if (r < 0.5) return `${rng.pick(['Der', 'Die', 'Das'])} ${rng.pick(DE)}`;
  if (r < 0.58) return `${rng.pick(['El', 'Los', 'Las'])} ${rng.pick(ES)}`;
  if (r < 0.64) return rng.pick(OTHER);
  if (r < 0.72)
    return `${rng.int(16, 21)}th Century ${rng.pick(['British', 'American', 'French', 'German'])} ${rng.pick(['Newspapers', 'Pamphlets', 'Periodicals'])}`;
  if (r < 0.76) return `${rng.pick(['3D', '24/7', '100', '1000'])} ${rng.pick(['Anatomy', 'Chemistry', 'Great Operas', 'Maps of the World'])}`;
  if (r < 0.9) return `${rng.pick(PUBLISHERS)} ${rng.pick(COLLECTIONS)} ${rng.pick(ROMAN)}`;
  return `${rng.pick(['Annals', 'Archives', 'Bulletin', 'Proceedings', 'Review'])} of ${rng.pick(ADJECTIVES_EN)} ${rng.pick(SUBJECTS_EN)} (${rng.int(1850, 2020)}–)`;
}

export const RESOURCE_TYPES = [
  'database',
  'e-journal',
  'e-book-collection',
  'reference-work',
  'newspaper-archive',
  'streaming-media',
  'dataset',
  'primary-sources',
];
export const SUBJECT_KEYS = [
  'medicine',
  'law',
  'history',
  'chemistry',
  'physics',
  'economics',
  'education',
  'philosophy',
  'psychology',
  'music',
  'art',
  'nursing',
];
const HOSTS = ['www.jstor.org', 'link.springer.com', 'www.sciencedirect.com', 'onlinelibrary.wiley.com', 'www.tandfonline.com', 'search.ebscohost.com'];
const MORE_HOSTS = ['www.proquest.com', 'academic.oup.com', 'www.cambridge.org', 'go.gale.com', 'www.degruyter.com', 'www.cairn.info', 'heinonline.org'];
const NOTES = [
  'On-campus only',
  '3 concurrent users',
  'Registration needed for downloads',
  'Use the university VPN off campus',
  'Single user: log out when done',
];
const GROUPS = ['medical-school', 'law-school', 'engineering', 'music-conservatory'];

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** A registration: about 4% without a link (never activated), 5% hidden, 60% proxied. */
export function sampleRegistration(rng: Rng, resourceId: string): EResourceRegistered {
  const name = sampleName(rng);
  const linked = rng.next() >= 0.04;
  const registration: EResourceRegistered = {
    resourceId,
    name,
    alternateNames:
      rng.next() < 0.15
        ? [
            name
              .split(' ')
              .map((word) => word.charAt(0))
              .join(''),
          ]
        : [],
    formerNames: rng.next() < 0.05 ? [`${name} (old platform)`] : [],
    resourceType: rng.pick(RESOURCE_TYPES),
    subjects: Array.from(new Set([rng.pick(SUBJECT_KEYS), rng.pick(SUBJECT_KEYS)])).slice(0, rng.int(1, 2)),
    proxied: rng.next() < 0.6,
    hidden: rng.next() < 0.05,
  };
  if (linked) registration.accessUrl = `https://${rng.pick([...HOSTS, ...MORE_HOSTS])}/${slug(name)}-${resourceId.slice(0, 8)}`;
  if (rng.next() < 0.5) registration.description = `${name}: full text and indexing, updated ${rng.pick(['daily', 'weekly', 'monthly', 'yearly'])}.`;
  if (rng.next() < 0.3) registration.publicAccessNotes = rng.pick(NOTES);
  if (rng.next() < 0.2) registration.internalNotes = `Renewal via ${rng.pick(PUBLISHERS)} rep; order ${rng.int(10_000, 99_999)}`;
  return registration;
}

export const KINDS: readonly AccessKind[] = ['subscription', 'trial', 'open-access', 'perpetual', 'consortial'];
export const KIND_WEIGHTS = [45, 15, 10, 10, 20];

export function sampleAudience(rng: Rng): Audience {
  const r = rng.next();
  if (r < 0.75) return { kind: 'everyone' };
  if (r < 0.9) return { kind: 'on-campus' };
  return { kind: 'user-group', group: rng.pick(GROUPS) };
}

const STAFF = [
  { id: 'staff-ers-001', role: 'librarian' },
  { id: 'staff-ers-002', role: 'associate' },
  { id: 'staff-ers-003', role: 'associate' },
  { id: 'staff-ers-004', role: 'admin' },
];

/** Metadata of an API write by e-resources staff. */
export function resourceMetadata(rng: Rng, reason?: string): AppendMetadata {
  return { actor: rng.pick(STAFF), ...(reason ? { reason } : {}), correlationId: randomUUID(), causationId: randomUUID(), source: 'api' };
}

const hexOf = (rng: Rng, length: number) => Array.from({ length }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');

/** A version-4-shaped id from the seeded generator, so that runs are alike. */
export function uuidOf(rng: Rng): string {
  const hex = hexOf(rng, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
