import { FolioImportStep } from '@era/licensing-folio';
import { findInvisibleCharacter, findPersonalData } from '@era/screening';

/** Why a step is refused before it is decided: the screen the API's DTOs apply to the same fields. */
export interface ScreenRefusal {
  code: 'personal-data' | 'invisible-characters';
  message: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The free text of a step that the API's routes screen (descriptions, notes, document names and locations). */
function screenedText(step: FolioImportStep): [string, string | undefined][] {
  const data: Record<string, unknown> = step.command.data;
  switch (step.command.type) {
    case 'DraftLicence':
    case 'CorrectLicenceDetails': {
      const organisations = Array.isArray(data.organisations) ? (data.organisations as { note?: unknown }[]) : [];
      return [
        ['description', text(data.description)],
        ...organisations.map((organisation, index): [string, string | undefined] => [`organisations[${index}].note`, text(organisation.note)]),
      ];
    }
    case 'RecordVersion':
    case 'CorrectVersion':
    case 'DefineTerm':
    case 'DefineListValue':
      return [['description', text(data.description)]];
    case 'ReferenceDocument':
      return [
        ['name', text(data.name)],
        ['location', text(data.location)],
        ['note', text(data.note)],
      ];
    default:
      return [];
  }
}

/**
 * A migrated record's free text is screened as the API's requests are (NoPersonalData, VisibleCharactersOnly): what
 * would be refused over HTTP is refused here, before anything of it is recorded in the immutable log.
 */
export function screenStep(step: FolioImportStep): ScreenRefusal | undefined {
  for (const [field, value] of screenedText(step)) {
    if (value === undefined) continue;
    const personal = findPersonalData(value);
    if (personal !== undefined) {
      return {
        code: 'personal-data',
        message: `${step.command.type} ${field} must not contain personal data (it looks like ${/^[aeiou]/.test(personal) ? 'an' : 'a'} ${personal}): correct it in FOLIO and import again`,
      };
    }
    if (findInvisibleCharacter(value) !== undefined) {
      return {
        code: 'invisible-characters',
        message: `${step.command.type} ${field} must not contain invisible characters: correct it in FOLIO and import again`,
      };
    }
  }
  return undefined;
}
