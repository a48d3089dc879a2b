import { canonicalId, DomainEvent } from '@era/decider';

/** Single sign-on the platform supports for the library's users. */
export const SSO_KINDS = ['none', 'saml', 'openathens', 'both'] as const;
export type SsoKind = (typeof SSO_KINDS)[number];

/** A platform's record, as registered or as revised (the whole set each time). */
export interface PlatformDetails {
  name: string;
  /** The organisation that runs it: registered, with the platform-provider role. */
  providerId: string;
  /** Host names it serves resources from (`www.jstor.org`), lower-case, sorted, at least one. */
  baseHosts: string[];
  supportsProxy: boolean;
  supportsIpAuthentication: boolean;
  sso: SsoKind;
  /** Where the library's administrators sign in to the platform: absolute http(s) URL. */
  adminConsoleUrl?: string;
  notes?: string;
}

export interface PlatformRegistered extends PlatformDetails {
  platformId: string;
}

export interface PlatformDetailsRevised extends PlatformDetails {
  platformId: string;
  reason?: string;
}

export type PlatformEvent = DomainEvent<'PlatformRegistered', PlatformRegistered> | DomainEvent<'PlatformDetailsRevised', PlatformDetailsRevised>;

export type PlatformEventType = PlatformEvent['type'];

export const platformStream = (platformId: string) => `platform-${canonicalId(platformId)}`;
