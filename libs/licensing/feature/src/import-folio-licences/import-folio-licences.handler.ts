import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { DEFAULT_FOLIO_TERM_MAPPING, FolioLicenceJson, FolioTermMapping } from '@era/licensing-folio';
import { FolioImportLedgers } from './folio-import-ledgers';
import { FolioImportReport } from './folio-import-report';
import { runFolioImport } from './folio-import-run';
import { FOLIO_PLANNER } from './folio-planner';

export interface ImportFolioLicences {
  records: readonly FolioLicenceJson[];
  dryRun: boolean;
  /** Default: DEFAULT_FOLIO_TERM_MAPPING. */
  mapping?: FolioTermMapping;
  /** Who imports and from where (`import`); every step's own provenance is added to it. */
  metadata: Omit<AppendMetadata, 'imported' | 'causationId'>;
  onProgress?: (done: number, total: number) => void;
}

/** The migration import, for the API and the CLI alike: the same planner, command path and licensing context. */
@Injectable()
export class ImportFolioLicencesHandler {
  constructor(private readonly ledgers: FolioImportLedgers) {}

  async execute({ records, dryRun, mapping, metadata, onProgress }: ImportFolioLicences): Promise<FolioImportReport> {
    const ledger = dryRun ? await this.ledgers.dryRun() : this.ledgers.live();
    return runFolioImport(records, ledger, {
      planner: FOLIO_PLANNER,
      mapping: mapping ?? DEFAULT_FOLIO_TERM_MAPPING,
      dryRun,
      metadata,
      onProgress,
      newId: randomUUID,
    });
  }
}
