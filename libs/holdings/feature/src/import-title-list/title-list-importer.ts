import { Readable } from 'node:stream';
import { LoadedState } from '@era/command-handling';
import { DocumentStore, DocumentTooLargeError, StagedDocument, StoredDocument } from '@era/document-store';
import { AppendMetadata } from '@era/event-store';
import {
  HoldingsRuleViolation,
  ImportSummary,
  RecordTitleList,
  StoredFile,
  TitleListEvent,
  titleListDecider,
  TitleListState,
  titleListStream,
  TitleRowGrouping,
} from '@era/holdings-domain';
import { isKbartEncoding, KBART_ENCODINGS, KbartHeader, normaliseRow, TitleListReading, titleListReadingOf } from '@era/kbart';
import { CommandPath } from '@era/platform';
import { requirePackage } from '../shared/package-of';
import { defaultTitleListReader, OpenedRecords, TitleListReader } from './reading/title-list-reader';
import { StagedTee, UploadInterruptedError } from './staged-tee';
import { TitleListImportInput, TitleListImportOutcome, TitleListImportProgress } from './title-list-import';
import { ReportLines, reportHeaderOf, TitleListReport } from './title-list-report';

/** The command path as the importer uses it: Nest's CommandPath, or one built by hand outside Nest (CLI, bench). */
export type TitleListCommandPath = Pick<CommandPath, 'handle' | 'load' | 'now'>;

export interface TitleListImporterOptions {
  commands: TitleListCommandPath;
  documents: DocumentStore;
  /** The library's time zone: an import without effectiveFrom takes effect today there. */
  timeZone: string;
  /** The largest file taken, in bytes (the service: MAX_TITLE_LIST_BYTES). */
  maxBytes: number;
  /** Milliseconds for progress rates (default Date.now; a test may step it). */
  clock?: () => number;
  /** Where the bytes are decoded and parsed (default: a worker thread where the compiled worker exists, else this thread). */
  reader?: TitleListReader;
}

export type TitleListProgressListener = (progress: TitleListImportProgress) => void;

/** Longest the reading holds the event loop before a pause that lets it answer other requests during a large import. */
const READING_SLICE_MS = 10;
/** Rows between two looks at the clock for progress. */
const ROWS_PER_PROGRESS_CHECK = 500;
/** At most this often a progress report while reading. */
const PROGRESS_INTERVAL_MS = 250;
/** Reports are ours (capped at MAX_REPORT_LINES), so their cap is generous and separate from the upload's. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

const EMPTY_SUMMARY: ImportSummary = { rows: 0, imported: 0, repaired: 0, rejected: 0, duplicates: 0, titles: 0 };

interface ReadResult {
  report: TitleListReport;
  /** Milliseconds from the first byte to the last row read (the recording's progress keeps the reading's rate). */
  readingMs?: number;
  staged?: StagedDocument;
  titles: ReturnType<TitleRowGrouping['result']>;
  header?: KbartHeader;
  reading?: TitleListReading;
}

/**
 * One vendor file into a package's title list, in one pass over its bytes: stored (staged, by SHA-256) while it is
 * decoded, its header matched, each row normalised and grouped into titles; then the row report stored, and the
 * title list recorded by its decider. The file is kept only when the decision accepts it. Used by the API's import
 * jobs and, through `createTitleListImporter`, by the CLI and the bench.
 */
export class TitleListImporter {
  private readonly clock: () => number;
  private readonly reader: TitleListReader;

  constructor(private readonly options: TitleListImporterOptions) {
    this.clock = options.clock ?? Date.now;
    this.reader = options.reader ?? defaultTitleListReader();
  }

  /** The streams as this importer reads them (for checks made before an upload is read). */
  get streams(): Pick<TitleListCommandPath, 'load'> {
    return this.options.commands;
  }

  /** Where its files and reports are kept. */
  get documents(): DocumentStore {
    return this.options.documents;
  }

  /**
   * Throws the checks made before a byte is read (404 unknown package, 422 `not-a-package`, 400 `unknown-encoding`);
   * every other refusal (no header, too large, strict with rejected rows, an effective date before the current
   * version's, …) is an outcome `refused`, with its row report stored.
   */
  async import(
    input: TitleListImportInput,
    metadata: AppendMetadata,
    onProgress: TitleListProgressListener = () => undefined,
  ): Promise<TitleListImportOutcome> {
    if (input.encoding !== undefined && !isKbartEncoding(input.encoding)) {
      throw new HoldingsRuleViolation('unknown-encoding', `encoding must be one of ${KBART_ENCODINGS.join(', ')}`);
    }
    const resourceId = (await requirePackage(this.options.commands, input.resourceId)).resourceId;
    const read = await this.read({ ...input, resourceId }, onProgress);
    const refusal = read.report.refusal;
    if (refusal || !read.staged) {
      await read.staged?.discard();
      return this.refused(read.report, refusal ?? { code: 'unreadable-file', message: 'the file could not be read' });
    }
    const staged = read.staged;
    const report = await this.storeReport(read.report);
    const command: RecordTitleList = {
      type: 'RecordTitleList',
      data: {
        resourceId,
        titles: read.titles,
        file: { ...read.report.file, sha256: staged.sha256, sizeBytes: staged.sizeBytes, phase: read.report.header?.phase ?? 'I' },
        report,
        summary: read.report.summary,
        strict: input.strict ?? false,
        ...(input.effectiveFrom !== undefined && { effectiveFrom: input.effectiveFrom }),
        ...(input.reason !== undefined && { reason: input.reason }),
      },
    };
    onProgress(this.progress('recording', read.report.summary.rows, staged.sizeBytes, input.totalBytes, read.readingMs ?? 0));
    const stream = titleListStream(resourceId);
    const context = { timeZone: this.options.timeZone };
    let loaded: LoadedState<TitleListState>;
    let decided: readonly TitleListEvent[];
    try {
      // Decided once on the hash before the bytes get their address: a refusal leaves the file unstored.
      loaded = await this.options.commands.load(stream, titleListDecider);
      decided = titleListDecider.decide(command, loaded.state, { ...context, now: this.options.commands.now() });
    } catch (error) {
      await staged.discard();
      if (error instanceof HoldingsRuleViolation) return this.refused(read.report, { code: error.rule, message: error.message });
      throw error;
    }
    await staged.keep();
    try {
      // The check's list and decision are the command's (a large list is costly to fold and to decide on): the
      // command path appends them unless another writer got in between, and then loads and decides afresh.
      const decidedOnLoaded = { ...titleListDecider, decide: reuseDecision(command, loaded.state, decided) };
      const outcome = await this.options.commands.handle(stream, decidedOnLoaded, command, { metadata, context: () => context, loaded });
      return outcomeOf(resourceId, read.report.summary, report, outcome.events, outcome.position);
    } catch (error) {
      // A concurrent import changed the list between the check and the append: refused; the file stays (content-addressed, it may be another import's too).
      if (error instanceof HoldingsRuleViolation) return this.refused(read.report, { code: error.rule, message: error.message });
      throw error;
    }
  }

  private async read(input: TitleListImportInput, onProgress: TitleListProgressListener): Promise<ReadResult> {
    const tee = new StagedTee(input.content, this.options.documents, this.options.maxBytes);
    const lines = new ReportLines();
    const grouping = new TitleRowGrouping();
    const started = this.clock();
    let lastProgress = started;
    let sliceStarted = Date.now();
    const file = { ...(input.fileName !== undefined && { fileName: input.fileName }), encoding: 'unknown', encodingSource: 'none', sizeBytes: 0 };
    const reportOf = (extra: Partial<TitleListReport>, reading?: TitleListReading): TitleListReport => ({
      resourceId: input.resourceId,
      file: { ...file, sizeBytes: tee.bytesRead },
      undecodableCharacters: reading?.decoding().replacements ?? 0,
      summary: grouping.summary(),
      lines: lines.lines,
      truncated: lines.truncated,
      ...extra,
    });
    let reading: TitleListReading | undefined;
    let opened: OpenedRecords | undefined;
    // Before the rest of the upload is read here (finish), the reader stops reading it.
    const stopReading = async () => {
      const closing = opened;
      opened = undefined;
      await closing?.close();
    };
    try {
      const encoding = input.encoding !== undefined && isKbartEncoding(input.encoding) ? input.encoding : undefined;
      opened = await this.reader(tee.chunks(), encoding !== undefined ? { encoding } : {});
      reading = await titleListReadingOf(opened.records);
      file.encoding = reading.encoding.encoding;
      file.encodingSource = reading.encoding.source;
      const header = reading.header;
      if (!header) {
        await stopReading();
        return await this.finishRefused(tee, reportOf({ refusal: NO_HEADER }, reading));
      }
      if (!header.importable) {
        const refusal = {
          code: 'header-not-importable',
          message: `the header has no ${header.columns.publication_title ? 'identifier column (print_identifier, online_identifier or title_id)' : 'publication_title column'}; columns found: ${
            Object.keys(header.columns).join(', ') || 'none'
          }; nothing recorded`,
        };
        await stopReading();
        return await this.finishRefused(tee, reportOf({ header: reportHeaderOf(header), refusal }, reading));
      }
      for await (const batch of reading.rowBatches) {
        for (const row of batch) {
          for (const problem of row.problems)
            lines.add({ line: row.line, kind: 'problem', column: problem.column ?? '', code: problem.code, message: problem.message, original: '' });
          const normalised = normaliseRow(row.fields, row.line);
          for (const problem of normalised.problems) lines.add({ ...problem, kind: 'problem' });
          for (const repair of normalised.repairs) lines.add({ ...repair, kind: 'repaired' });
          for (const finding of grouping.add(normalised, row.line)) lines.add({ ...finding });
          const rows = grouping.rows;
          // By time, not by rows: what a row costs varies with the machine and the file.
          if (Date.now() - sliceStarted >= READING_SLICE_MS) {
            await pause();
            sliceStarted = Date.now();
          }
          if (rows % ROWS_PER_PROGRESS_CHECK === 0) {
            const now = this.clock();
            if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
              lastProgress = now;
              onProgress(this.progress('reading', rows, tee.bytesRead, input.totalBytes, now - started));
            }
          }
        }
      }
      await stopReading();
      const staged = await tee.finish();
      return {
        report: {
          ...reportOf({ header: reportHeaderOf(header) }, reading),
          file: { ...file, sha256: staged.sha256, sizeBytes: staged.sizeBytes, phase: header.phase },
        },
        staged,
        titles: grouping.result(),
        readingMs: this.clock() - started,
      };
    } catch (error) {
      if (error instanceof DocumentTooLargeError) {
        const refusal = {
          code: 'file-too-large',
          message: `the file is larger than ${this.options.maxBytes} bytes, the most a title list may have; nothing recorded`,
        };
        return { report: reportOf({ refusal, summary: EMPTY_SUMMARY }, reading), titles: [] };
      }
      if (error instanceof UploadInterruptedError) {
        const refusal = { code: 'upload-interrupted', message: `${error.message}, before the end of the file; nothing recorded: send the whole file again` };
        return { report: reportOf({ refusal }, reading), titles: [] };
      }
      throw error;
    } finally {
      await stopReading();
    }
  }

  /** A file refused for its header: the rest of the upload still read (and discarded), so that the client's request ends cleanly. */
  private async finishRefused(tee: StagedTee, report: TitleListReport): Promise<ReadResult> {
    const staged = await tee.finish();
    await staged.discard();
    return { report: { ...report, file: { ...report.file, sizeBytes: staged.sizeBytes } }, titles: [] };
  }

  private async refused(report: TitleListReport, refusal: { code: string; message: string }): Promise<TitleListImportOutcome> {
    const stored = await this.storeReport({ ...report, refusal });
    return { outcome: 'refused', resourceId: report.resourceId, summary: report.summary, report: stored, refusal };
  }

  private async storeReport(report: TitleListReport): Promise<StoredFile> {
    const stored: StoredDocument = await this.options.documents.put(Readable.from([Buffer.from(JSON.stringify(report), 'utf8')]), {
      maxBytes: MAX_REPORT_BYTES,
    });
    return { sha256: stored.sha256, sizeBytes: stored.sizeBytes };
  }

  private progress(
    phase: TitleListImportProgress['phase'],
    rows: number,
    bytesRead: number,
    totalBytes: number | undefined,
    elapsedMs: number,
  ): TitleListImportProgress {
    const seconds = elapsedMs / 1000;
    const rowsPerSecond = seconds > 0 ? Math.round(rows / seconds) : 0;
    const bytesPerSecond = seconds > 0 ? bytesRead / seconds : 0;
    const secondsLeft = totalBytes !== undefined && bytesPerSecond > 0 ? Math.max(0, Math.round((totalBytes - bytesRead) / bytesPerSecond)) : undefined;
    return { phase, bytesRead, ...(totalBytes !== undefined && { totalBytes }), rows, rowsPerSecond, ...(secondsLeft !== undefined && { secondsLeft }) };
  }
}

/** The title-list decider's decide, answering `decided` for the command and state it was decided on. */
function reuseDecision(command: RecordTitleList, state: TitleListState, decided: readonly TitleListEvent[]): typeof titleListDecider.decide {
  return (asked, on, context) => (asked === command && on === state ? decided : titleListDecider.decide(asked, on, context));
}

const NO_HEADER = {
  code: 'no-header',
  message: 'the file has no header line (it is empty, or blank): a KBART file begins with its column names; nothing recorded',
};

function outcomeOf(
  resourceId: string,
  summary: ImportSummary,
  report: StoredFile,
  events: readonly TitleListEvent[],
  position: number,
): TitleListImportOutcome {
  const first = events[0];
  if (first?.type === 'TitleListImported') {
    return { outcome: 'imported', resourceId, version: first.data.version, summary, changes: first.data.changes, report, position };
  }
  const version = first?.type === 'TitleListFoundUnchanged' ? first.data.version : undefined;
  return { outcome: 'unchanged', resourceId, ...(version !== undefined && { version }), summary, report, position };
}

/** The importer for any process: the API's module, the CLI and the bench build it the same way. */
export function createTitleListImporter(options: TitleListImporterOptions): TitleListImporter {
  return new TitleListImporter(options);
}
