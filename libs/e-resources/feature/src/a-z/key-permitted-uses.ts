import { LicenceOfResource } from '../shared/licences-of-resource';
import { AzEntry } from './a-z-listing';

/** The permitted uses the public list shows (licence term keys): interlibrary loan, course reserves, text and data mining. */
export const KEY_PERMITTED_USES: readonly string[] = [
  'ill-print',
  'ill-electronic',
  'ill-secure-electronic',
  'course-reserves-print',
  'course-reserves-electronic',
  'text-and-data-mining',
];

/** The public notes the licences give on the key uses, in that order, each distinct note once; nothing else. */
export function publicNotesOf(licences: readonly LicenceOfResource[]): AzEntry['permittedUses'] {
  const notes: AzEntry['permittedUses'] = [];
  for (const licence of licences) {
    for (const use of licence.permittedUses) {
      if (!KEY_PERMITTED_USES.includes(use.use) || use.publicNote === undefined || use.publicNote === '') continue;
      if (notes.some((note) => note.key === use.use && note.note === use.publicNote)) continue;
      notes.push({ key: use.use, label: use.label ?? use.use, note: use.publicNote });
    }
  }
  return notes.sort((a, b) => KEY_PERMITTED_USES.indexOf(a.key) - KEY_PERMITTED_USES.indexOf(b.key) || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
}
