import { writeFile } from 'node:fs/promises';
import {
  LicenceNotReviewableError,
  produceComplianceReview,
  renderReviewHtml,
  ReviewInputError,
  reviewFindsTampering,
  reviewJson,
  reviewPointOf,
} from '@era/licensing-compliance';
import { ReadStore } from '@era/read-store';
import { OpenStores, openScratchReadStore } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';

export const REVIEW_FORMATS = ['json', 'html'] as const;

export interface ReviewCommandOptions {
  /** A calendar date (the end of that day in `timeZone`) or an ISO-8601 instant with an offset. */
  asOf?: string;
  /** The date whose terms are shown (YYYY-MM-DD); asOf's own day when absent. */
  effectiveOn?: string;
  /** One licence; all licences when absent. */
  licence?: string;
  format?: string;
  /** Write the review to this file (exactly the bytes the API answers) instead of stdout. */
  out?: string;
  /** The library's zone (the CLI passes LIBRARY_TIMEZONE). */
  timeZone: string;
  /** The clock that decides what lies in the future; for tests. */
  now?: () => Date;
  /** Throwaway storage for the replay. */
  openScratch?: () => ReadStore;
}

/**
 * `era review`: the licence compliance review the API gives, produced from the stores directly: the same bytes for
 * the same asOf. Exit 0 when intact, 2 when the verification finds the log, a seal or a signed document altered.
 */
export function review(stores: Pick<OpenStores, 'events' | 'rawEvents' | 'documents'>, options: ReviewCommandOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const format = options.format ?? 'json';
    if (!(REVIEW_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be json or html; got ${format}`);
    const point = asCliError(() => reviewPointOf(options.asOf, options.timeZone, { effectiveOn: options.effectiveOn, now: options.now?.() }));
    const report = await produceComplianceReview(
      { events: stores.events, rawEvents: stores.rawEvents, documents: stores.documents, openScratch: options.openScratch ?? openScratchReadStore },
      { ...point, licenceId: options.licence },
    ).catch((error: unknown) => {
      throw error instanceof LicenceNotReviewableError ? new CliError(error.message) : error;
    });
    const bytes = format === 'html' ? renderReviewHtml(report) : reviewJson(report);
    const tampered = reviewFindsTampering(report);
    if (options.out) {
      await writeFile(options.out, bytes);
      io.out(`review as of ${report.asOf} (terms effective on ${report.effectiveOn}) written to ${options.out}`);
      io.out(`review digest ${report.reviewDigest}`);
    } else {
      // Both forms end with a newline, which io.out adds back: stdout carries exactly the bytes of the API.
      io.out(bytes.replace(/\n$/, ''));
    }
    if (tampered) io.err('TAMPERED: the review found the event log, a ledger seal or a signed document altered (see its verification)');
    return tampered ? ExitCode.tampered : ExitCode.ok;
  });
}

function asCliError<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw error instanceof ReviewInputError ? new CliError(error.message.replace(/^asOf/, '--as-of').replace(/^effectiveOn/, '--effective-on')) : error;
  }
}
