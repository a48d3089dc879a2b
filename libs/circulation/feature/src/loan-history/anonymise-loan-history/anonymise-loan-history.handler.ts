import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { APP_CONFIG, AppConfig, CommandPath, READ_STORE } from '@era/platform';
import { ReadStore } from '@era/read-store';
import { anonymiseLoanHistory, LoanHistoryAnonymisation } from './anonymise-loan-history';

/** The retention policy as configured (LOAN_HISTORY_RETENTION_DAYS), applied now. */
@Injectable()
export class AnonymiseLoanHistoryHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(metadata: AppendMetadata): Promise<LoanHistoryAnonymisation> {
    return anonymiseLoanHistory(this.commands, this.reads, this.config.loanHistory.retentionDays, metadata);
  }
}
