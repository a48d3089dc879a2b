import { Command, DecisionContext } from '@era/decider';

/** The default resource types, recorded once, by the service itself, before the first write that needs them. */
export type SeedResourceTypes = Command<'SeedResourceTypes', Record<string, never>>;
export type DefineResourceType = Command<'DefineResourceType', { key: string; label: string }>;
export type RelabelResourceType = Command<'RelabelResourceType', { key: string; label: string; reason?: string }>;
export type DeprecateResourceType = Command<'DeprecateResourceType', { key: string; reason: string }>;

export type ResourceTypeCommand = SeedResourceTypes | DefineResourceType | RelabelResourceType | DeprecateResourceType;

export type DefineSubject = Command<'DefineSubject', { key: string; label: string }>;
export type RelabelSubject = Command<'RelabelSubject', { key: string; label: string; reason?: string }>;
export type DeprecateSubject = Command<'DeprecateSubject', { key: string; reason: string }>;
/** The whole ordered list of best bets (e-resource ids); an empty list clears them. */
export type ChooseSubjectBestBets = Command<'ChooseSubjectBestBets', { key: string; resourceIds: readonly string[]; reason?: string }>;

export type SubjectCommand = DefineSubject | RelabelSubject | DeprecateSubject | ChooseSubjectBestBets;

/** What a subject decision needs besides the command: which of the e-resources a best-bet list names are registered. */
export type SubjectContext = DecisionContext & { registeredResources: ReadonlySet<string> };
