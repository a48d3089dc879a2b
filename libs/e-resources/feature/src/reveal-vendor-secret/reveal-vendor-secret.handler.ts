import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { AccessRuleViolation, SecretKind, vendorAccountDecider, vendorAccountStream, VendorAccountState } from '@era/e-resources-domain';
import { CommandPath, DomainRefusal, SECRET_VAULT } from '@era/platform';
import { SecretNotFoundError, SecretUnreadableError, SecretVault } from '@era/secret-vault';

export interface RevealedSecret {
  accountId: string;
  kind: SecretKind;
  secret: string;
  setAt: string;
  /** Stream revision of the reveal event. */
  revision: number;
  position: number;
}

/**
 * Opens the secret, then records the reveal, then answers: no one sees a secret whose reveal is not in the log, and
 * a secret the configured keys cannot open is no reveal (nothing is appended; 409).
 */
@Injectable()
export class RevealVendorSecretHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(SECRET_VAULT) private readonly vault: SecretVault,
  ) {}

  async execute(accountId: string, metadata: AppendMetadata): Promise<RevealedSecret> {
    const id = canonicalId(accountId);
    const stream = vendorAccountStream(id);
    const { state } = await this.commands.load(stream, vendorAccountDecider);
    let opened = await this.open(id, state);
    const outcome = await this.commands.handle(stream, vendorAccountDecider, { type: 'RevealVendorAccountSecret', data: { accountId: id } }, { metadata });
    // Rotated between the read and the reveal: the reveal recorded is of the secret now set, so that is the one shown.
    if (outcome.state.status === 'registered' && outcome.state.secret?.secretRef !== opened.secretRef) opened = await this.open(id, outcome.state);
    return { accountId: id, kind: opened.kind, secret: opened.secret, setAt: opened.setAt, revision: outcome.revision, position: outcome.position };
  }

  private async open(id: string, state: VendorAccountState): Promise<{ secretRef: string; kind: SecretKind; setAt: string; secret: string }> {
    if (state.status === 'none') throw new AccessRuleViolation('vendor-account-not-found', `vendor account ${id} does not exist`);
    if (!state.secret) throw new AccessRuleViolation('secret-not-set', `vendor account ${id} has no secret to reveal`);
    const { secretRef, kind, setAt, keyId } = state.secret;
    try {
      return { secretRef, kind, setAt, secret: await this.vault.reveal(secretRef, id) };
    } catch (error) {
      if (error instanceof SecretUnreadableError || error instanceof SecretNotFoundError) {
        throw new DomainRefusal(
          409,
          'secret-unreadable',
          `the secret of vendor account ${id} is unreadable with the configured keys (sealed with key ${keyId}); set it again`,
          { title: 'Secret unreadable' },
        );
      }
      throw error;
    }
  }
}
