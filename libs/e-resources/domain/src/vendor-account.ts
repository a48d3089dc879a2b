import { canonicalId, DecisionContext, Decider, Folded } from '@era/decider';
import { AccessRuleViolation } from './access-rule-violation';
import { LABEL_MAX, NOTE_MAX, optionalText, requiredText } from './access-text';
import { ORGANISATION_ID_MAX } from './ip-range-list';
import { RecordVendorAccountSecret, RegisterVendorAccount, VendorAccountCommand } from './vendor-account-commands';
import { SECRET_KINDS, VendorAccountEvent, VendorAccountRegistered, VendorAccountSecretSet } from './vendor-account-events';

export const ADMIN_URL_MAX = 2000;
const REFERENCE_MAX = 120;

export type VendorAccountState =
  { status: 'none' } | { status: 'registered'; account: VendorAccountRegistered; secret?: VendorAccountSecretSet; reveals: number };

function decideRegister(command: RegisterVendorAccount, state: VendorAccountState): VendorAccountEvent[] {
  const account = accountOf(command);
  if (state.status === 'registered') {
    if (JSON.stringify(state.account) === JSON.stringify(account)) return [];
    throw new AccessRuleViolation('vendor-account-already-registered', `vendor account ${account.accountId} is registered with other details`);
  }
  return [{ type: 'VendorAccountRegistered', data: account }];
}

function decideSecret({ data }: RecordVendorAccountSecret, state: VendorAccountState, now: Date): VendorAccountEvent[] {
  const registered = requireAccount(state, data.accountId);
  if (!(SECRET_KINDS as readonly string[]).includes(data.kind))
    throw new AccessRuleViolation('field-required', `kind must be one of ${SECRET_KINDS.join(', ')}`);
  const secret: VendorAccountSecretSet = {
    accountId: registered.account.accountId,
    kind: data.kind,
    secretRef: requiredText(data.secretRef, 'secretRef', REFERENCE_MAX),
    keyId: requiredText(data.keyId, 'keyId', REFERENCE_MAX),
    setAt: now.toISOString(),
  };
  return [{ type: registered.secret ? 'VendorAccountSecretRotated' : 'VendorAccountSecretSet', data: secret }];
}

function decide(command: VendorAccountCommand, state: VendorAccountState, { now }: DecisionContext): VendorAccountEvent[] {
  switch (command.type) {
    case 'RegisterVendorAccount':
      return decideRegister(command, state);
    case 'RecordVendorAccountSecret':
      return decideSecret(command, state, now);
    case 'RevealVendorAccountSecret': {
      const { account, secret } = requireAccount(state, command.data.accountId);
      if (!secret) throw new AccessRuleViolation('secret-not-set', `vendor account ${account.accountId} has no secret to reveal`);
      return [{ type: 'VendorAccountSecretRevealed', data: { accountId: account.accountId, kind: secret.kind } }];
    }
  }
}

function evolve(state: VendorAccountState, event: Folded<VendorAccountEvent>): VendorAccountState {
  switch (event.type) {
    case 'VendorAccountRegistered':
      return { status: 'registered', account: event.data, reveals: 0 };
    case 'VendorAccountSecretSet':
    case 'VendorAccountSecretRotated':
      return state.status === 'registered' ? { ...state, secret: event.data } : state;
    case 'VendorAccountSecretRevealed':
      return state.status === 'registered' ? { ...state, reveals: state.reveals + 1 } : state;
  }
}

/**
 * A vendor administration account: registered once (a retry with the same details is no new account), its secret set
 * and rotated (the secret itself lives in the vault, outside the log), and every reveal recorded.
 */
export const vendorAccountDecider: Decider<VendorAccountCommand, VendorAccountState, VendorAccountEvent> = {
  initialState: { status: 'none' },
  decide,
  evolve,
};

function requireAccount(state: VendorAccountState, accountId: string): Extract<VendorAccountState, { status: 'registered' }> {
  if (state.status !== 'registered') throw new AccessRuleViolation('vendor-account-not-found', `vendor account ${canonicalId(accountId)} does not exist`);
  return state;
}

function accountOf({ data }: RegisterVendorAccount): VendorAccountRegistered {
  const notes = optionalText(data.notes, 'notes', NOTE_MAX);
  return {
    accountId: canonicalId(data.accountId),
    organisationId: requiredText(data.organisationId, 'organisationId', ORGANISATION_ID_MAX),
    adminUrl: requireAdminUrl(data.adminUrl),
    userName: requiredText(data.userName, 'userName', LABEL_MAX),
    ...(notes !== undefined && { notes }),
  };
}

/** An absolute http(s) URL without credentials in it (a login belongs in userName and the vault, not in the URL). */
function requireAdminUrl(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > ADMIN_URL_MAX)
    throw new AccessRuleViolation('invalid-admin-url', `adminUrl must be an http(s) URL of at most ${ADMIN_URL_MAX} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AccessRuleViolation('invalid-admin-url', 'adminUrl must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AccessRuleViolation('invalid-admin-url', 'adminUrl must be an http(s) URL');
  if (url.username || url.password) throw new AccessRuleViolation('invalid-admin-url', 'adminUrl must not hold a user name or password');
  return url.href;
}
