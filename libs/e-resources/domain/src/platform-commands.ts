import { Command, DecisionContext } from '@era/decider';
import { OrganisationState } from './organisation';

interface PlatformData {
  platformId: string;
  name: string;
  providerId: string;
  baseHosts: readonly string[];
  supportsProxy: boolean;
  supportsIpAuthentication: boolean;
  sso: string;
  adminConsoleUrl?: string;
  notes?: string;
}

export type RegisterPlatform = Command<'RegisterPlatform', PlatformData>;

/** The whole new set of details; an optional field left out is removed. */
export type RevisePlatformDetails = Command<'RevisePlatformDetails', PlatformData & { reason?: string }>;

export type PlatformCommand = RegisterPlatform | RevisePlatformDetails;

/** What a platform decision needs besides the command and the platform: the provider the command names, as it stands. */
export type PlatformContext = DecisionContext & { provider: OrganisationState };
