import { ImportedFrom } from '@era/decider';
import {
  AmendmentEffect,
  DefineListValue,
  DefineTerm,
  findListValue,
  findTerm,
  LICENCE_LIFECYCLES,
  LicenceLifecycle,
  LicenceList,
  TermDefinition,
} from '@era/licensing-domain';
import { FolioImportStep, FolioReportLine, FolioReportOutcome, FolioTermMapping, LedgerNow } from './folio-migration';
import { kebabOf, Refdata } from './folio-record';

/** What one plan collects while it reads a record: the steps, the report, and what it defines before the licence needs it. */
export class PlanContext {
  readonly vocabularySteps: FolioImportStep[] = [];
  readonly listSteps: FolioImportStep[] = [];
  readonly licenceSteps: FolioImportStep[] = [];
  readonly report: FolioReportLine[] = [];
  /** What each report line is about (a licence field, a version, a term value, a document), so a re-import can say unchanged or corrected. */
  readonly components: (string | undefined)[] = [];
  private readonly definedTerms = new Map<string, TermDefinition>();
  private readonly definedListValues = new Set<string>();

  constructor(
    readonly now: LedgerNow,
    readonly mapping: FolioTermMapping,
    readonly source: { sourceId: string; licenceName: string },
    readonly imported: ImportedFrom,
  ) {}

  line(path: string, outcome: FolioReportOutcome, detail: string, component?: string): void {
    this.report.push({ sourceId: this.source.sourceId, licenceName: this.source.licenceName, path, outcome, detail });
    this.components.push(component);
  }

  refuse(path: string, reason: string): void {
    this.line(path, 'refused', reason);
  }

  /** The term as decisions will see it once this plan's definitions are recorded. */
  term(key: string): TermDefinition | undefined {
    return this.definedTerms.get(key) ?? findTerm(this.now.vocabulary, key);
  }

  /** true when this plan defines the term (so its values are reported as defined, not mapped). */
  definesTerm(key: string): boolean {
    return this.definedTerms.has(key);
  }

  defineTerm(definition: TermDefinition): void {
    if (this.term(definition.key)) return;
    this.definedTerms.set(definition.key, definition);
    const { key, label, valueType, description, category, multiple, range, options, internalByDefault } = definition;
    const command: DefineTerm = {
      type: 'DefineTerm',
      data: {
        key,
        label,
        valueType,
        ...(description !== undefined && { description }),
        ...(category !== undefined && { category }),
        ...(multiple !== undefined && { multiple }),
        ...(range !== undefined && { range }),
        ...(options !== undefined && { options }),
        ...(internalByDefault !== undefined && { internalByDefault }),
      },
    };
    this.vocabularySteps.push({ stream: 'vocabulary', command, imported: this.imported });
  }

  /**
   * The list key for a FOLIO refdata value, defining it when the list lacks it. Statuses need a lifecycle and
   * amendment statuses an effect, from the mapping's tables: without one the value is refused (undefined).
   */
  listValue(list: LicenceList, refdata: Refdata, path: string): { key: string; defined: boolean } | undefined {
    const key = this.mapping.listKeys?.[list]?.[refdata.value] ?? kebabOf(refdata.value);
    if (key === undefined) {
      this.refuse(path, `FOLIO ${list} "${refdata.label}" has no letters to make a list key of: map it in the mapping file's listKeys`);
      return undefined;
    }
    if (findListValue(this.now.lists, list, key)) return { key, defined: false };
    const planned = `${list}\n${key}`;
    if (this.definedListValues.has(planned)) return { key, defined: true };
    let lifecycle: LicenceLifecycle | undefined;
    let amendmentEffect: AmendmentEffect | undefined;
    if (list === 'licence-status') {
      lifecycle =
        this.mapping.statusLifecycles?.[refdata.value] ?? ((LICENCE_LIFECYCLES as readonly string[]).includes(key) ? (key as LicenceLifecycle) : undefined);
      if (lifecycle === undefined) {
        this.refuse(
          path,
          `FOLIO licence status "${refdata.label}" is unknown here: give it a lifecycle (${LICENCE_LIFECYCLES.join(', ')}) in the mapping file's statusLifecycles`,
        );
        return undefined;
      }
    }
    if (list === 'amendment-status') {
      amendmentEffect = this.mapping.amendmentStatusEffects?.[refdata.value];
      if (amendmentEffect === undefined) {
        this.refuse(
          path,
          `FOLIO amendment status "${refdata.label}" is unknown here: say in the mapping file's amendmentStatusEffects whether it applies by its dates or does not apply; the amendment is not imported`,
        );
        return undefined;
      }
    }
    this.definedListValues.add(planned);
    const command: DefineListValue = {
      type: 'DefineListValue',
      data: {
        list,
        key,
        label: refdata.label,
        ...(lifecycle !== undefined && { lifecycle }),
        ...(amendmentEffect !== undefined && { amendmentEffect }),
      },
    };
    this.listSteps.push({ stream: 'lists', command, imported: this.imported });
    return { key, defined: true };
  }

  /** Reports a list value as mapped or defined. */
  listLine(path: string, list: LicenceList, refdata: Refdata, planned: { key: string; defined: boolean }, component: string): void {
    const what = `${list} ${planned.key} (FOLIO "${refdata.label}")`;
    this.line(path, planned.defined ? 'defined' : 'mapped', planned.defined ? `${what}, defined by this import` : what, component);
  }
}
