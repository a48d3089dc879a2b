import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { HoldingsRuleViolation } from '@era/holdings-domain';
import { TitleListImporter } from '../import-title-list/title-list-importer';
import { TitleListReport } from '../import-title-list/title-list-report';
import { requirePackage } from '../shared/package-of';
import { TitleListHistory, titleListHistoryOf, TitleListVersionEntry } from '../shared/title-list-history';
import { readTitleListReport } from '../shared/title-list-reports';

/** A package's title-list versions, each version's row report and its original file. */
@Injectable()
export class ListTitleListsHandler {
  constructor(private readonly importer: TitleListImporter) {}

  async history(resourceId: string): Promise<TitleListHistory & { resourceId: string }> {
    const id = (await requirePackage(this.importer.streams, resourceId)).resourceId;
    return { resourceId: id, ...(await titleListHistoryOf(this.importer.streams, id)) };
  }

  async report(resourceId: string, version: number): Promise<TitleListReport> {
    return readTitleListReport(this.importer.documents, (await this.version(resourceId, version)).report.sha256);
  }

  async file(resourceId: string, version: number): Promise<{ entry: TitleListVersionEntry; sizeBytes: number; content: Readable }> {
    const entry = await this.version(resourceId, version);
    return { entry, ...(await this.importer.documents.open(entry.file.sha256)) };
  }

  private async version(resourceId: string, version: number): Promise<TitleListVersionEntry> {
    const { versions } = await this.history(resourceId);
    const entry = versions.find((candidate) => candidate.version === version);
    if (!entry)
      throw new HoldingsRuleViolation('title-list-version-not-found', `${resourceId} has no title-list version ${version} (it has ${versions.length})`);
    return entry;
  }
}
