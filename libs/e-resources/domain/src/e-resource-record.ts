import {
  HideEResource,
  RegisterEResource,
  RemoveEResourceStanza,
  ReplaceEResource,
  ReviseEResourceDetails,
  SetEResourceAccessLink,
  SetEResourceStanza,
  ShowEResource,
} from './e-resource-commands';
import { EResourceContext } from './e-resource-context';
import { EResourceDetails, EResourceEvent, EResourceRegistered } from './e-resource-events';
import { requireRegisteredReferences } from './e-resource-register-check';
import { requireKnownTerms } from './e-resource-vocabulary-check';
import { optionalText, requireAccessUrl, requireReason, requireResourceId, requireText, textList } from './e-resource-input';
import { EResourceRuleViolation } from './e-resource-rule-violation';
import { EResourceState, RegisteredEResource } from './e-resource-state';
import { parseStanza } from './ezproxy-stanza';

export function requireRegistered(state: EResourceState, resourceId: string): RegisteredEResource {
  if (!state.exists) throw new EResourceRuleViolation('resource-not-found', `no e-resource ${JSON.stringify(resourceId)} is registered`);
  return state;
}

function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  const text = optionalText(value);
  return text === undefined ? {} : ({ [key]: text } as Partial<Record<K, string>>);
}

function registrationOf({ data }: RegisterEResource): EResourceRegistered {
  const name = requireText(data.name, 'name');
  return {
    resourceId: requireResourceId(data.resourceId),
    name,
    alternateNames: textList(data.alternateNames),
    formerNames: textList(data.formerNames),
    ...optional('description', data.description),
    resourceType: requireText(data.resourceType, 'resourceType'),
    subjects: textList(data.subjects),
    ...optional('platformId', data.platformId),
    ...optional('vendorId', data.vendorId),
    ...optional('publicAccessNotes', data.publicAccessNotes),
    ...optional('internalNotes', data.internalNotes),
    ...(optionalText(data.accessUrl) !== undefined && { accessUrl: requireAccessUrl(data.accessUrl ?? '') }),
    proxied: data.proxied ?? false,
    hidden: data.hidden ?? false,
  };
}

/** Field order does not matter when telling a retry from a clash. */
const canonicalJson = (value: object) => JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function decideRegister(command: RegisterEResource, state: EResourceState, { vocabulary, register }: EResourceContext): EResourceEvent[] {
  const registration = registrationOf(command);
  if (state.exists) {
    if (canonicalJson(state.registration) === canonicalJson(registration)) return [];
    throw new EResourceRuleViolation('resource-already-registered', `e-resource ${registration.resourceId} is already registered with other details`);
  }
  requireKnownTerms(registration, undefined, vocabulary);
  requireRegisteredReferences(registration, undefined, register);
  return [{ type: 'EResourceRegistered', data: registration }];
}

/** The fields sent replace the current ones; a new name puts the old one among the former names (once). */
export function decideReviseDetails(
  { data }: ReviseEResourceDetails,
  state: RegisteredEResource,
  { vocabulary, register }: EResourceContext,
): EResourceEvent[] {
  const current: EResourceDetails = state;
  const name = data.name === undefined ? current.name : requireText(data.name, 'name');
  const keep = (key: 'description' | 'platformId' | 'vendorId' | 'publicAccessNotes' | 'internalNotes') =>
    optional(key, data[key] === undefined ? current[key] : data[key]);
  let formerNames = data.formerNames === undefined ? current.formerNames : textList(data.formerNames);
  if (name !== current.name) formerNames = textList([...formerNames.filter((former) => former !== name), current.name]);
  const revised: EResourceDetails = {
    name,
    alternateNames: data.alternateNames === undefined ? current.alternateNames : textList(data.alternateNames),
    formerNames,
    ...keep('description'),
    resourceType: data.resourceType === undefined ? current.resourceType : requireText(data.resourceType, 'resourceType'),
    subjects: data.subjects === undefined ? current.subjects : textList(data.subjects),
    ...keep('platformId'),
    ...keep('vendorId'),
    ...keep('publicAccessNotes'),
    ...keep('internalNotes'),
  };
  const unchanged = (Object.keys({ ...revised, ...pickDetails(current) }) as (keyof EResourceDetails)[]).every(
    (key) => JSON.stringify(revised[key]) === JSON.stringify(current[key]),
  );
  if (unchanged) return [];
  requireKnownTerms(revised, current, vocabulary);
  requireRegisteredReferences(revised, current, register);
  const reason = optionalText(data.reason);
  return [{ type: 'EResourceDetailsRevised', data: { resourceId: state.resourceId, ...revised, ...(reason !== undefined && { reason }) } }];
}

function pickDetails(state: EResourceDetails): EResourceDetails {
  const { name, alternateNames, formerNames, description, resourceType, subjects, platformId, vendorId, publicAccessNotes, internalNotes } = state;
  return { name, alternateNames, formerNames, description, resourceType, subjects, platformId, vendorId, publicAccessNotes, internalNotes };
}

export function decideSetAccessLink({ data }: SetEResourceAccessLink, state: RegisteredEResource): EResourceEvent[] {
  const accessUrl = data.accessUrl === null ? null : requireAccessUrl(data.accessUrl);
  const proxied = data.proxied ?? state.proxied;
  if (accessUrl === (state.accessUrl ?? null) && proxied === state.proxied) return [];
  const reason = optionalText(data.reason);
  return [{ type: 'EResourceAccessLinkSet', data: { resourceId: state.resourceId, accessUrl, proxied, ...(reason !== undefined && { reason }) } }];
}

/** Hiding a hidden resource (or showing a shown one) is a retry: nothing new. */
export function decideHide({ data }: HideEResource, state: RegisteredEResource): EResourceEvent[] {
  const reason = requireReason(data.reason, 'the reason for hiding');
  return state.hidden ? [] : [{ type: 'EResourceHidden', data: { resourceId: state.resourceId, reason } }];
}

export function decideShow({ data }: ShowEResource, state: RegisteredEResource): EResourceEvent[] {
  const reason = optionalText(data.reason);
  return state.hidden ? [{ type: 'EResourceShown', data: { resourceId: state.resourceId, ...(reason !== undefined && { reason }) } }] : [];
}

/** A stanza is kept as written once it parses as exactly one stanza; a refusal names each line and what is wrong. */
export function decideSetStanza({ data }: SetEResourceStanza, state: RegisteredEResource): EResourceEvent[] {
  const parsed = parseStanza(data.stanza);
  if (!parsed.ok) {
    const errors = parsed.errors.map(({ line, reason }) => (line > 0 ? `line ${line}: ${reason}` : reason));
    throw new EResourceRuleViolation('invalid-stanza', `the stanza is not valid: ${errors.join('; ')}`, {
      errors: parsed.errors.map(({ line, reason }) => ({ line, reason })),
    });
  }
  if (state.stanza === data.stanza) return [];
  const reason = optionalText(data.reason);
  return [{ type: 'EResourceStanzaSet', data: { resourceId: state.resourceId, stanza: data.stanza, ...(reason !== undefined && { reason }) } }];
}

export function decideRemoveStanza({ data }: RemoveEResourceStanza, state: RegisteredEResource): EResourceEvent[] {
  const reason = requireReason(data.reason, 'the reason for removing the stanza');
  if (state.stanza === undefined) throw new EResourceRuleViolation('no-stanza', `e-resource ${state.resourceId} has no stanza to remove`);
  return [{ type: 'EResourceStanzaRemoved', data: { resourceId: state.resourceId, reason } }];
}

export function decideReplace({ data }: ReplaceEResource, state: RegisteredEResource): EResourceEvent[] {
  const replacedBy = requireResourceId(data.replacedBy, 'replacedBy');
  const reason = requireReason(data.reason, 'the reason for the replacement');
  if (replacedBy === state.resourceId) throw new EResourceRuleViolation('replaced-by-itself', 'a resource cannot be replaced by itself');
  if (state.replacedBy === replacedBy) return [];
  return [{ type: 'EResourceReplaced', data: { resourceId: state.resourceId, replacedBy, reason } }];
}
