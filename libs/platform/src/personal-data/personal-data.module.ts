import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { PersonalDataCipher, PersonalDataIndex, PersonalDataKeys } from '@era/personal-data';
import { SqlitePersonalDataKeys } from '@era/personal-data-sqlite';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../stores/tokens';

/** The key store of personal data as features use it: seal and open, find a card's holder, erase a person. */
export type PersonalDataStore = PersonalDataCipher & PersonalDataIndex & PersonalDataKeys;

/** Features depend on this token, never on the adapter. */
export const PERSONAL_DATA = Symbol('PERSONAL_DATA');

/** Closes the key store's database with the application. */
@Injectable()
class PersonalDataLifecycle implements OnApplicationShutdown {
  constructor(@Inject(PERSONAL_DATA) private readonly store: PersonalDataStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * One key store per process (SQLite, its own file, PERSONAL_DATA_FILE): every module that seals, opens or erases
 * personal data imports this module, so that an erasure is seen at once by every reader.
 */
@Module({
  providers: [
    {
      provide: PERSONAL_DATA,
      useFactory: (config: AppConfig): PersonalDataStore => new SqlitePersonalDataKeys({ file: config.personalData.file }),
      inject: [APP_CONFIG],
    },
    PersonalDataLifecycle,
  ],
  exports: [PERSONAL_DATA],
})
export class PersonalDataModule {}
