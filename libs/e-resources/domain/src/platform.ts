import { canonicalId, Decider, Folded } from '@era/decider';
import { PlatformCommand, PlatformContext, RegisterPlatform, RevisePlatformDetails } from './platform-commands';
import { PlatformDetails, PlatformEvent, SSO_KINDS, SsoKind } from './platform-events';
import { canonicalHost, webUrl } from './register-addresses';
import { RegisterRuleViolation } from './register-rule-violation';
import { optionalText, REGISTER_NAME_MAX, REGISTER_NOTE_MAX, requireRegisterId, requireText, sameRecord, sentAs } from './register-text';

export type PlatformState = { exists: false } | ({ exists: true; platformId: string } & PlatformDetails);

export const MAX_BASE_HOSTS = 50;

function decide(command: PlatformCommand, state: PlatformState, context: PlatformContext): PlatformEvent[] {
  const platformId = requireRegisterId(command.data.platformId, 'a platform');
  switch (command.type) {
    case 'RegisterPlatform': {
      if (state.exists) {
        const sent = sentAs(() => detailsOf(command, context));
        if (sent && sameRecord(detailsIn(state), sent)) return [];
        throw new RegisterRuleViolation('platform-already-registered', `platform ${platformId} is already registered, as "${state.name}"`);
      }
      return [{ type: 'PlatformRegistered', data: { platformId, ...detailsOf(command, context) } }];
    }
    case 'RevisePlatformDetails': {
      if (!state.exists) throw new RegisterRuleViolation('platform-not-found', `platform ${platformId} is not in the register`);
      const details = detailsOf(command, context);
      if (sameRecord(detailsIn(state), details)) return [];
      const reason = optionalText(command.data.reason, 'a reason', REGISTER_NOTE_MAX);
      return [{ type: 'PlatformDetailsRevised', data: { platformId: state.platformId, ...details, ...(reason && { reason }) } }];
    }
  }
}

function evolve(state: PlatformState, event: Folded<PlatformEvent>): PlatformState {
  switch (event.type) {
    case 'PlatformRegistered': {
      const { platformId, ...details } = event.data;
      return { exists: true, platformId, ...detailsIn(details) };
    }
    case 'PlatformDetailsRevised': {
      if (!state.exists) return state;
      const { platformId: _id, reason: _reason, ...details } = event.data;
      return { exists: true, platformId: state.platformId, ...detailsIn(details) };
    }
  }
}

/** One platform's stream: registered once (a retry with the same details is no new platform), then revised. */
export const platformDecider: Decider<PlatformCommand, PlatformState, PlatformEvent, PlatformContext> = { initialState: { exists: false }, decide, evolve };

/** Host names lower-cased, without repeats, sorted: the same set however it was typed. */
export function requireBaseHosts(hosts: unknown): string[] {
  if (!Array.isArray(hosts) || hosts.length === 0) throw new RegisterRuleViolation('hosts-required', 'a platform serves from one or more base hosts');
  if (hosts.length > MAX_BASE_HOSTS) throw new RegisterRuleViolation('invalid-host', `a platform has at most ${MAX_BASE_HOSTS} base hosts`);
  const canonical = hosts.map((host: unknown) => {
    const name = canonicalHost(host);
    if (name === undefined) {
      throw new RegisterRuleViolation(
        'invalid-host',
        `base host ${JSON.stringify(host)} must be a host name such as www.jstor.org (no scheme, port, path or wildcard)`,
      );
    }
    return name;
  });
  return [...new Set(canonical)].sort();
}

function requireSso(sso: unknown): SsoKind {
  const kind = SSO_KINDS.find((known) => known === sso);
  if (kind === undefined) throw new RegisterRuleViolation('invalid-sso', `sso ${JSON.stringify(sso)} is none of ${SSO_KINDS.join(', ')}`);
  return kind;
}

/** The provider must be in the register and known as a platform provider. */
function requireProvider(providerId: unknown, { provider }: PlatformContext): string {
  const id = requireRegisterId(providerId, 'a provider');
  if (!provider.exists || provider.organisationId !== canonicalId(id)) {
    throw new RegisterRuleViolation('unknown-provider', `provider ${id} is not an organisation in the register`);
  }
  if (!provider.roles.includes('platform-provider')) {
    throw new RegisterRuleViolation(
      'provider-lacks-role',
      `organisation ${id} (${provider.name}) is not recorded as a platform provider: add the role to its details first`,
    );
  }
  return provider.organisationId;
}

function detailsOf({ data }: RegisterPlatform | RevisePlatformDetails, context: PlatformContext): PlatformDetails {
  const name = requireText(data.name, 'a platform name', REGISTER_NAME_MAX);
  const providerId = requireProvider(data.providerId, context);
  const baseHosts = requireBaseHosts(data.baseHosts);
  if (typeof data.supportsProxy !== 'boolean' || typeof data.supportsIpAuthentication !== 'boolean') {
    throw new RegisterRuleViolation('field-required', 'supportsProxy and supportsIpAuthentication are each true or false');
  }
  const sso = requireSso(data.sso);
  const adminConsoleUrl = data.adminConsoleUrl === undefined ? undefined : webUrl(data.adminConsoleUrl);
  if (data.adminConsoleUrl !== undefined && adminConsoleUrl === undefined) {
    throw new RegisterRuleViolation('invalid-url', `adminConsoleUrl ${JSON.stringify(data.adminConsoleUrl)} must be an absolute http(s) URL`);
  }
  const notes = optionalText(data.notes, 'notes', REGISTER_NOTE_MAX);
  return {
    name,
    providerId,
    baseHosts,
    supportsProxy: data.supportsProxy,
    supportsIpAuthentication: data.supportsIpAuthentication,
    sso,
    ...(adminConsoleUrl && { adminConsoleUrl }),
    ...(notes && { notes }),
  };
}

function detailsIn({ name, providerId, baseHosts, supportsProxy, supportsIpAuthentication, sso, adminConsoleUrl, notes }: PlatformDetails): PlatformDetails {
  return {
    name,
    providerId,
    baseHosts: [...baseHosts],
    supportsProxy,
    supportsIpAuthentication,
    sso,
    ...(adminConsoleUrl && { adminConsoleUrl }),
    ...(notes && { notes }),
  };
}
