import { Injectable } from '@nestjs/common';
import { byText, DEFAULT_LICENCE_TERMS, TermOption, TermValueType, VocabularyTerm } from '@era/licensing-domain';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/reflecting';
import { ListTermsQuery } from './list-terms.query';

export interface TermListItem {
  key: string;
  label: string;
  valueType: TermValueType;
  description?: string;
  category?: string;
  /** The term takes several values in one version. */
  multiple?: boolean;
  /** integer and decimal terms: the values allowed; an integer term without one takes 0 or more. */
  range?: { min?: number; max?: number };
  /** choice terms: the options, in display order. */
  options?: readonly TermOption[];
  /** A new value of the term is internal (licence staff only) unless it says otherwise. */
  internalByDefault?: boolean;
  /** A deprecated term keeps its recorded values but takes no new ones. */
  deprecated: boolean;
  deprecationReason?: string;
}

export interface TermList extends Reflecting {
  /** False until the first licence write seeds the defaults into the log: the list then shows those defaults. */
  seeded: boolean;
  /** By key. */
  terms: TermListItem[];
}

@Injectable()
export class ListTermsHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ minPosition }: ListTermsQuery): Promise<TermList> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const vocabulary = await this.licences.vocabulary(view);
    const seeded = vocabulary.size > 0;
    const known: VocabularyTerm[] = seeded ? [...vocabulary.values()] : [...DEFAULT_LICENCE_TERMS];
    const terms = known
      .sort((a, b) => byText(a.key, b.key))
      .map(({ deprecated, ...term }) => ({
        ...term,
        deprecated: deprecated !== undefined,
        ...(deprecated !== undefined ? { deprecationReason: deprecated.reason } : {}),
      }));
    return { seeded, terms, position: view.position, fresh };
  }
}
