import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { AccessRuleViolation, SecretKind, vendorAccountDecider, vendorAccountStream } from '@era/e-resources-domain';
import { CommandPath, SECRET_VAULT } from '@era/platform';
import { SecretVault } from '@era/secret-vault';
import { AccessWrite } from '../access-shared/write-accepted';

/**
 * The secret is sealed into the vault under a fresh reference first; the event that records it names only that
 * reference, the kind and the key id. Refused, the sealed secret is removed; recorded, the one it replaces is.
 */
@Injectable()
export class SetVendorSecretHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(SECRET_VAULT) private readonly vault: SecretVault,
  ) {}

  async execute(accountId: string, kind: SecretKind, secret: string, metadata: AppendMetadata): Promise<AccessWrite> {
    const id = canonicalId(accountId);
    const stream = vendorAccountStream(id);
    const { state } = await this.commands.load(stream, vendorAccountDecider);
    if (state.status === 'none') throw new AccessRuleViolation('vendor-account-not-found', `vendor account ${id} does not exist`);
    const secretRef = randomUUID();
    const { keyId } = await this.vault.store(secretRef, id, secret);
    let outcome;
    try {
      outcome = await this.commands.handle(
        stream,
        vendorAccountDecider,
        { type: 'RecordVendorAccountSecret', data: { accountId: id, kind, secretRef, keyId } },
        { metadata },
      );
    } catch (error) {
      await this.vault.remove(secretRef);
      throw error;
    }
    const replaced = state.secret?.secretRef;
    if (replaced && replaced !== secretRef) await this.vault.remove(replaced);
    return { id, outcome };
  }
}
