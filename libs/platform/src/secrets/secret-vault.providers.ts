import { Inject, Injectable, Logger, OnApplicationShutdown, Provider } from '@nestjs/common';
import { SecretKeyring, SecretVault } from '@era/secret-vault';
import { SqliteSecretVault } from '@era/secret-vault-sqlite';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../stores/tokens';

/** The vault of secrets (vendor passwords and API keys): features depend on this token, never on the adapter. */
export const SECRET_VAULT = Symbol('SECRET_VAULT');

const WARNINGS = {
  development: 'vendor secrets are sealed with the published development key (ERA_DEV_TOKENS): set ERA_SECRET_KEYS for real secrets',
  ephemeral: 'ERA_SECRET_KEYS is not set: vendor secrets are sealed with a key of this process alone and are unreadable after a restart',
} as const;

function openVault(config: AppConfig): SecretVault {
  const { secrets } = config;
  if (secrets.source !== 'configured') new Logger('Secrets').warn(WARNINGS[secrets.source]);
  return new SqliteSecretVault({ file: secrets.file, keyring: new SecretKeyring(secrets.keys, secrets.currentKeyId) });
}

/** Closes the vault's database with the application. */
@Injectable()
class SecretVaultLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SECRET_VAULT) private readonly vault: SecretVault) {}

  async onApplicationShutdown(): Promise<void> {
    await this.vault.close();
  }
}

/** The providers a module that keeps secrets lists: the vault (SQLite, its own file) and its closing. */
export const SECRET_VAULT_PROVIDERS: Provider[] = [{ provide: SECRET_VAULT, useFactory: openVault, inject: [APP_CONFIG] }, SecretVaultLifecycle];
