import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { eResourceStream } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { CarriedTitles, packageTitlesOf, titleListStream } from '@era/holdings-domain';
import { TitleListJobView } from '../import-title-list/import-title-list.dto';
import { TITLE_LIST_UPLOAD_ROUTE } from '../import-title-list/upload-route';
import { TitleListsModule } from '../title-lists.module';

const associate: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c-kbart', causationId: 'c-kbart', source: 'api' };

/** The title-list routes alone, over real SQLite, documents on disk and HTTP. */
export const startTitleListApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [TitleListsModule], projections: [], upcasters: [], rawBodyRoutes: [TITLE_LIST_UPLOAD_ROUTE] }, env);

/** An e-resource registered as the associate would (recorded straight into its stream). */
export async function registerResource(api: TestApi, resourceId: string, resourceType: string): Promise<void> {
  const registered = {
    type: 'EResourceRegistered',
    data: {
      resourceId,
      name: resourceId,
      alternateNames: [],
      formerNames: [],
      resourceType,
      subjects: [],
      accessUrl: `https://${resourceId}.example.com/`,
      proxied: false,
      hidden: false,
    },
  };
  await api.events.append(eResourceStream(resourceId), [registered], { expectedRevision: 'any', metadata: associate });
}

/** Polls the job until it is no longer running (the job's answer, not a timing, ends the wait). */
export async function finishedJob(api: TestApi, location: string): Promise<TitleListJobView> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const response = await api.http().get(location).set(api.as(TOKENS.associate)).expect(200);
    const job = response.body as TitleListJobView;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${location} still running`);
}

/** POST a file as the associate; answers the 202 and the finished job. */
export async function importFile(api: TestApi, resourceId: string, bytes: Buffer, query: Record<string, string> = {}) {
  const accepted = await api
    .http()
    .post(`/e-resources/${encodeURIComponent(resourceId)}/title-lists`)
    .query(query)
    .set(api.as(TOKENS.associate))
    .set('Content-Type', 'text/plain')
    .send(bytes);
  if (accepted.status !== 202) return { accepted, job: undefined };
  return { accepted, job: await finishedJob(api, accepted.headers.location) };
}

/** A title-list event as a test reads it back: its type, and the titles it names when it names any. */
export interface StoredTitleListEvent {
  type: string;
  data: { titles?: readonly { key: string; publication_title?: string; coverage?: unknown }[] };
}

/** The types of the events in the package's title-list stream, in order. */
export async function titleListEventsOf(api: TestApi, resourceId: string): Promise<StoredTitleListEvent[]> {
  const events: StoredTitleListEvent[] = [];
  for await (const event of api.events.readStream(titleListStream(resourceId))) {
    const data = event.data as { titles?: CarriedTitles };
    // Added and revised titles are stored as a table: read back as titles.
    const titles = data.titles !== undefined && !Array.isArray(data.titles) ? packageTitlesOf(data.titles) : data.titles;
    events.push({ type: event.type, data: { ...data, titles } as StoredTitleListEvent['data'] });
  }
  return events;
}
