import { Decider } from '@era/decider';
import { DefineListValue, DeprecateListValue, LicenceListCommand, RelabelListValue, SeedLicenceLists } from './commands';
import { DEFAULT_LICENCE_LISTS, DEFAULT_LICENCE_LISTS_SEED } from './default-licence-lists';
import { sentAs } from './licence-guards';
import {
  AMENDMENT_EFFECTS,
  LICENCE_LIFECYCLES,
  LICENCE_LISTS,
  LicenceList,
  LicenceListEvent,
  LicenceListValueDefined,
  ListValue,
} from './licence-lists-events';
import { evolveLicenceLists, findListValue, initialLicenceLists, LicenceListsState, ListEntry } from './licence-lists';
import { LicenceRuleViolation } from './licence-rule-violation';
import { isTermKey, MAX_TERM_KEY_LENGTH, MIN_TERM_KEY_LENGTH } from './term-key';

export const MAX_LIST_LABEL_LENGTH = 200;
export const MAX_LIST_DESCRIPTION_LENGTH = 4000;

export const isLicenceList = (list: unknown): list is LicenceList => typeof list === 'string' && (LICENCE_LISTS as readonly string[]).includes(list);

function requireList(list: unknown): LicenceList {
  if (!isLicenceList(list)) throw new LicenceRuleViolation('list-not-found', `${JSON.stringify(list)} is no licence list (lists: ${LICENCE_LISTS.join(', ')})`);
  return list;
}

function requireKey(key: unknown): string {
  if (!isTermKey(key)) {
    throw new LicenceRuleViolation(
      'invalid-list-value',
      `a list key must be kebab-case (e.g. vendor-terms-and-conditions) of ${MIN_TERM_KEY_LENGTH} to ${MAX_TERM_KEY_LENGTH} characters`,
    );
  }
  return key;
}

function requireLabel(label: unknown): string {
  const trimmed = typeof label === 'string' ? label.trim() : '';
  if (!trimmed) throw new LicenceRuleViolation('invalid-list-value', 'a list value needs a non-blank label');
  if (trimmed.length > MAX_LIST_LABEL_LENGTH)
    throw new LicenceRuleViolation('invalid-list-value', `a list label has at most ${MAX_LIST_LABEL_LENGTH} characters`);
  return trimmed;
}

function optionalText(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > MAX_LIST_DESCRIPTION_LENGTH) {
    throw new LicenceRuleViolation('invalid-list-value', `a list value's ${what} has at most ${MAX_LIST_DESCRIPTION_LENGTH} characters`);
  }
  return trimmed || undefined;
}

/** A status says what it means for the licence's life, an amendment status what it means for the amendment rule; no other value says either. */
function meaningOf(list: LicenceList, { lifecycle, amendmentEffect }: DefineListValue['data']): Pick<ListValue, 'lifecycle' | 'amendmentEffect'> {
  if (list === 'licence-status') {
    if (!(LICENCE_LIFECYCLES as readonly unknown[]).includes(lifecycle)) {
      throw new LicenceRuleViolation('invalid-list-value', `a licence status needs its lifecycle, one of ${LICENCE_LIFECYCLES.join(', ')}`);
    }
  } else if (lifecycle !== undefined) {
    throw new LicenceRuleViolation('invalid-list-value', `only licence-status values have a lifecycle (not ${list} values)`);
  }
  if (list === 'amendment-status') {
    if (!(AMENDMENT_EFFECTS as readonly unknown[]).includes(amendmentEffect)) {
      throw new LicenceRuleViolation('invalid-list-value', `an amendment status needs its amendment effect, one of ${AMENDMENT_EFFECTS.join(', ')}`);
    }
  } else if (amendmentEffect !== undefined) {
    throw new LicenceRuleViolation('invalid-list-value', `only amendment-status values have an amendment effect (not ${list} values)`);
  }
  return { ...(lifecycle !== undefined && { lifecycle }), ...(amendmentEffect !== undefined && { amendmentEffect }) };
}

/** The value as it is recorded: key checked, texts trimmed, blank ones left out. */
function definitionOf({ data }: DefineListValue): LicenceListValueDefined {
  const list = requireList(data.list);
  const description = optionalText(data.description, 'description');
  return {
    list,
    key: requireKey(data.key),
    label: requireLabel(data.label),
    ...(description !== undefined && { description }),
    ...meaningOf(list, data),
  };
}

const isDefinedAs = (entry: ListEntry, sent: LicenceListValueDefined) =>
  entry.label === sent.label && entry.description === sent.description && entry.lifecycle === sent.lifecycle && entry.amendmentEffect === sent.amendmentEffect;

/** [] when already seeded. Keys defined before the seed (never the case for the service) keep their definition. */
export function decideSeedLicenceLists(state: LicenceListsState): LicenceListEvent[] {
  if (state.seeded) return [];
  const lists = Object.fromEntries(
    LICENCE_LISTS.map((list) => [list, DEFAULT_LICENCE_LISTS[list].filter((value) => !findListValue(state, list, value.key)).map((value) => ({ ...value }))]),
  ) as Record<LicenceList, ListValue[]>;
  return [{ type: 'LicenceListsSeeded', data: { seed: DEFAULT_LICENCE_LISTS_SEED, lists } }];
}

/**
 * Defining is idempotent: the same value sent again (a retry) decides nothing, while the key with another definition
 * is refused; keys are never reused, not even once deprecated.
 */
export function decideDefineListValue(command: DefineListValue, state: LicenceListsState): LicenceListEvent[] {
  const list = requireList(command.data.list);
  const existing = findListValue(state, list, requireKey(command.data.key));
  if (existing) {
    const sent = sentAs(() => definitionOf(command));
    if (sent && isDefinedAs(existing, sent)) return [];
    const deprecated = existing.deprecated ? ' (deprecated; keys are never reused)' : '';
    throw new LicenceRuleViolation('list-value-already-defined', `"${existing.key}" is already defined in the ${list} list${deprecated}`);
  }
  return [{ type: 'LicenceListValueDefined', data: definitionOf(command) }];
}

function requireValue(state: LicenceListsState, list: unknown, key: string): ListEntry & { list: LicenceList } {
  const known = requireList(list);
  const entry = findListValue(state, known, key);
  if (!entry) throw new LicenceRuleViolation('list-value-not-found', `the ${known} list has no value "${key}"`);
  return { ...entry, list: known };
}

export function decideRelabelListValue({ data }: RelabelListValue, state: LicenceListsState): LicenceListEvent[] {
  const entry = requireValue(state, data.list, data.key);
  const label = requireLabel(data.label);
  const description = optionalText(data.description, 'description');
  if (label === entry.label && (description === undefined || description === entry.description)) {
    throw new LicenceRuleViolation('label-unchanged', `"${entry.key}" of the ${entry.list} list is already labelled "${label}"`);
  }
  const reason = optionalText(data.reason, 'reason');
  return [
    {
      type: 'LicenceListValueRelabelled',
      data: {
        list: entry.list,
        key: entry.key,
        label,
        ...(description !== undefined && { description }),
        ...(reason !== undefined && { reason }),
      },
    },
  ];
}

/** A deprecated value stays on every licence that has it, but no licence takes it anew. */
export function decideDeprecateListValue({ data }: DeprecateListValue, state: LicenceListsState): LicenceListEvent[] {
  const entry = requireValue(state, data.list, data.key);
  if (entry.deprecated) {
    throw new LicenceRuleViolation(
      'list-value-already-deprecated',
      `"${entry.key}" of the ${entry.list} list was already deprecated: ${entry.deprecated.reason}`,
    );
  }
  const reason = optionalText(data.reason, 'reason');
  if (!reason) throw new LicenceRuleViolation('reason-required', `deprecating "${entry.key}" of the ${entry.list} list needs a reason`);
  return [{ type: 'LicenceListValueDeprecated', data: { list: entry.list, key: entry.key, reason } }];
}

/** The one command that seeds the defaults: the service itself sends it, before the first write that needs them. */
export const SEED_LICENCE_LISTS: SeedLicenceLists = { type: 'SeedLicenceLists', data: {} };

function decide(command: LicenceListCommand, state: LicenceListsState): LicenceListEvent[] {
  switch (command.type) {
    case 'SeedLicenceLists':
      return decideSeedLicenceLists(state);
    case 'DefineListValue':
      return decideDefineListValue(command, state);
    case 'RelabelListValue':
      return decideRelabelListValue(command, state);
    case 'DeprecateListValue':
      return decideDeprecateListValue(command, state);
  }
}

/** The licence lists: one stream, seeded once with the defaults, then defined, relabelled and deprecated value by value. */
export const licenceListsDecider: Decider<LicenceListCommand, LicenceListsState, LicenceListEvent> = {
  initialState: initialLicenceLists,
  decide,
  evolve: evolveLicenceLists,
};

/** The lists a decision is taken against while the log holds none: the defaults, in memory. */
export const defaultLicenceLists: LicenceListsState = decideSeedLicenceLists(initialLicenceLists).reduce(evolveLicenceLists, initialLicenceLists);
