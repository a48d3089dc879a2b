export class DownloadDocumentQuery {
  constructor(
    readonly licenceId: string,
    readonly sha256: string,
  ) {}
}
