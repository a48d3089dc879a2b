import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headcountStream, inquiryStream, InquiryRecorded } from '@era/desk-domain';
import { Upcaster } from '@era/decider';
import { AppendMetadata, AppendResult, EventStore } from '@era/event-store';
import { loadConfig, OpenStores, openStores } from '@era/platform';
import { ALL_UPCASTERS } from '@era/projection-catalogue';
import { CliIo } from '../io';

/** Helpers for the CLI's integration specs: a temporary DATA_DIR with real SQLite stores, and captured output. */

export interface TempDataDir {
  path: string;
  remove(): void;
}

export function tempDataDir(): TempDataDir {
  const path = mkdtempSync(join(tmpdir(), 'era-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The configuration the CLI reads for `DATA_DIR=<dir>`. */
export const testConfig = (dataDir: string) => loadConfig({ DATA_DIR: dataDir } as NodeJS.ProcessEnv, []);

/** The stores exactly as the CLI opens them for `DATA_DIR=<dir>` (every area's upcasters, unless told otherwise). */
export function openTestStores(dataDir: string, upcasters: readonly Upcaster[] = ALL_UPCASTERS): Promise<OpenStores> {
  return openStores(testConfig(dataDir), upcasters);
}

export interface CapturedIo extends CliIo {
  stdout(): string;
  stderr(): string;
}

export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}

const metadata: AppendMetadata = { actor: { id: 'desk-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** Records an inquiry in its own `desk-inquiry-<uuid>` stream, as the desk feature does. */
export function recordInquiry(events: EventStore, overrides: Partial<InquiryRecorded> = {}): Promise<AppendResult> {
  const inquiry: InquiryRecorded = {
    inquiryId: randomUUID(),
    location: 'main',
    channel: 'in-person',
    questionType: 'directional',
    readLevel: 1,
    durationMinutes: 2,
    occurredAt: '2026-03-02T14:10:00Z',
    ...overrides,
  };
  return events.append(inquiryStream(inquiry.inquiryId), [{ type: 'InquiryRecorded', data: inquiry }], { expectedRevision: 'no_stream', metadata });
}

export function voidInquiry(events: EventStore, inquiryId: string): Promise<AppendResult> {
  return events.append(inquiryStream(inquiryId), [{ type: 'InquiryVoided', data: { inquiryId, reason: 'entered twice' } }], {
    expectedRevision: 'any',
    metadata,
  });
}

export function recordHeadcount(events: EventStore, location: string, countedAt: string, count: number): Promise<AppendResult> {
  const headcountId = randomUUID();
  return events.append(headcountStream(headcountId), [{ type: 'HeadcountRecorded', data: { headcountId, location, countedAt, count } }], {
    expectedRevision: 'no_stream',
    metadata,
  });
}

/** Many inquiries quickly: `perStream` events per append (one transaction), for runs long enough to interrupt. */
export async function recordManyInquiries(events: EventStore, streams: number, perStream: number): Promise<void> {
  for (let s = 0; s < streams; s++) {
    const inquiries = Array.from({ length: perStream }, (_, i) => ({
      type: 'InquiryRecorded',
      data: {
        inquiryId: randomUUID(),
        location: s % 2 ? 'law' : 'main',
        channel: 'chat',
        questionType: 'reference',
        readLevel: 2,
        durationMinutes: 1 + (i % 7),
        occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      } satisfies InquiryRecorded,
    }));
    await events.append(inquiryStream(randomUUID()), inquiries, { expectedRevision: 'no_stream', metadata });
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
