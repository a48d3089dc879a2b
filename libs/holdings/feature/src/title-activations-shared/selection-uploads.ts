import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DocumentStore, StagedDocument } from '@era/document-store';
import { AppendMetadata } from '@era/event-store';
import { readIdentifierList, TitleActivationCommand, TitleSelection } from '@era/holdings-domain';
import { APP_CONFIG, AppConfig, DOCUMENT_STORE, DomainRefusal } from '@era/platform';
import { TitleActivationCommands } from './title-activation-commands';
import { TitleActivationWrite } from './title-activation-write';

/** An uploaded list is read whole (to resolve its identifiers against the package): at most this much, whatever documents may be. */
export const MAX_SELECTION_UPLOAD_BYTES = 64 * 1024 * 1024;

export interface SelectionUpload {
  resourceId: string;
  /** The request body, read only once the package is known. */
  content: AsyncIterable<Uint8Array>;
  fileName?: string;
}

/**
 * An activation or deactivation whose titles come as an uploaded list: the package checked before a byte is read,
 * the list read (capped), its identifiers resolved, its bytes staged in the document store and kept only when the
 * decision records something (the events name the list by its SHA-256). A refusal stores nothing.
 */
@Injectable()
export class SelectionUploads {
  private readonly logger = new Logger('TitleActivations');

  constructor(
    private readonly commands: TitleActivationCommands,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return Math.min(this.config.documents.maxBytes, MAX_SELECTION_UPLOAD_BYTES);
  }

  async execute(
    upload: SelectionUpload,
    commandOf: (resourceId: string, selection: TitleSelection) => TitleActivationCommand,
    metadata: AppendMetadata,
  ): Promise<TitleActivationWrite & { list?: string }> {
    const resourceId = await this.commands.requirePackage(upload.resourceId);
    const list = await this.commands.titleList(resourceId);
    const bytes = await readCapped(upload.content, this.maxBytes);
    const keys = this.commands.resolve((await readIdentifierList(bytes)).names, list);
    const staged = await this.documents.stage(Readable.from([bytes]), { maxBytes: this.maxBytes });
    const file = { sha256: staged.sha256, sizeBytes: staged.sizeBytes, ...(upload.fileName !== undefined && { fileName: upload.fileName }) };
    const command = commandOf(resourceId, { keys, upload: { list: file } });
    let decided: number;
    try {
      decided = (await this.commands.decideNow(command, list)).length;
    } catch (error) {
      await this.discard(staged);
      throw error;
    }
    if (decided === 0) {
      // Nothing new (a retry): nothing will name the list, so it is not kept.
      await this.discard(staged);
      return this.commands.handle(commandOf(resourceId, { keys }), list, metadata);
    }
    await staged.keep();
    return { ...(await this.commands.handle(command, list, metadata)), list: staged.sha256 };
  }

  private async discard(staged: StagedDocument): Promise<void> {
    await staged.discard().catch((error: unknown) => {
      this.logger.error(`could not remove the refused list ${staged.sha256}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** The whole body, refused with 413 once more than maxBytes arrive. */
async function readCapped(content: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of content) {
    total += chunk.length;
    if (total > maxBytes) throw listTooLarge(maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export const listTooLarge = (maxBytes: number, declaredBytes?: number) =>
  new DomainRefusal(
    413,
    'list-too-large',
    `the uploaded list${declaredBytes === undefined ? '' : ` (Content-Length ${declaredBytes})`} exceeds the limit of ${maxBytes} bytes; send it in parts`,
  );
