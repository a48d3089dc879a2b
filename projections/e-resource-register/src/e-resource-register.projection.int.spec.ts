import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import {
  DEFAULT_RESOURCE_TYPES,
  DEFAULT_RESOURCE_TYPES_SEED,
  organisationStream,
  platformStream,
  RegisterEvent,
  RESOURCE_TYPE_VOCABULARY_STREAM,
  SUBJECT_VOCABULARY_STREAM,
} from '@era/e-resources-domain';
import { ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { OrganisationDocument, PlatformDocument, REGISTER_COLLECTIONS, ResourceTypeDocument, SubjectDocument } from './documents';
import { eResourceRegisterProjection } from './e-resource-register.projection';
import { organisationNames, vocabularyLabels } from './register-labels';

const metadata: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };

describe('e-resource register projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const write = (stream: string, ...batch: RegisterEvent[]) => events.append(stream, batch, { expectedRevision: 'any', metadata });
  const project = async (): Promise<ProjectionView> => (await replayProjection(events, scratch, eResourceRegisterProjection, {})).view;

  beforeEach(() => {
    events = new SqliteEventStore({ file: ':memory:' });
    scratch = new SqliteReadStore({ file: ':memory:' });
  });
  afterEach(() => {
    events.close();
    scratch.close();
  });

  it('holds an organisation as it stands: revised details, contacts added and removed', async () => {
    await write(
      organisationStream('ebsco'),
      {
        type: 'OrganisationRegistered',
        data: { organisationId: 'ebsco', name: 'EBSCO', roles: ['vendor'], website: 'https://www.ebsco.com', notes: 'annual' },
      },
      {
        type: 'OrganisationContactAdded',
        data: { organisationId: 'ebsco', contactId: 'c-1', purpose: 'support', name: 'Support desk', email: 'support@ebsco.com' },
      },
      { type: 'OrganisationContactAdded', data: { organisationId: 'ebsco', contactId: 'c-2', purpose: 'sales', name: 'Sales', phone: '+1 800 555 0100' } },
      { type: 'OrganisationContactRemoved', data: { organisationId: 'ebsco', contactId: 'c-1', reason: 'portal' } },
      { type: 'OrganisationDetailsRevised', data: { organisationId: 'ebsco', name: 'EBSCO Information Services', roles: ['vendor', 'platform-provider'] } },
    );
    const view = await project();
    const organisation = await view.get<OrganisationDocument & ReadDocument>(REGISTER_COLLECTIONS.organisations, 'ebsco');
    expect(organisation).toMatchObject({
      name: 'EBSCO Information Services',
      roles: ['vendor', 'platform-provider'],
      contacts: [{ contactId: 'c-2', purpose: 'sales', phone: '+1 800 555 0100', added: { actorId: 's-associate' } }],
      revision: 4,
      filingKey: expect.any(String),
    });
    // The revision is the whole set of details: the website and notes it leaves out are gone.
    expect(organisation).not.toHaveProperty('website');
    expect(organisation).not.toHaveProperty('notes');
    expect(await organisationNames(view)).toEqual(new Map([['ebsco', 'EBSCO Information Services']]));
    expect(await organisationNames(view, ['ebsco', 'nobody'])).toEqual(new Map([['ebsco', 'EBSCO Information Services']]));
  });

  it('holds a platform as last revised, keeping who registered it', async () => {
    const details = {
      platformId: 'jstor',
      name: 'JSTOR',
      providerId: 'ithaka',
      baseHosts: ['www.jstor.org'],
      supportsProxy: true,
      supportsIpAuthentication: true,
      sso: 'saml' as const,
    };
    await write(
      platformStream('jstor'),
      { type: 'PlatformRegistered', data: { ...details, adminConsoleUrl: 'https://admin.jstor.org' } },
      { type: 'PlatformDetailsRevised', data: { ...details, sso: 'both', reason: 'OpenAthens added' } },
    );
    const platform = await (await project()).get<PlatformDocument & ReadDocument>(REGISTER_COLLECTIONS.platforms, 'jstor');
    expect(platform).toMatchObject({ sso: 'both', revision: 1, registered: { actorId: 's-associate' } });
    expect(platform).not.toHaveProperty('adminConsoleUrl');
    expect(platform).not.toHaveProperty('reason');
  });

  it('labels resource types (the defaults before the seed) and subjects, deprecated ones included', async () => {
    expect((await vocabularyLabels(await project())).types.get('e-book-collection')).toBe('E-book collection');
    await write(
      RESOURCE_TYPE_VOCABULARY_STREAM,
      { type: 'ResourceTypeVocabularySeeded', data: { seed: DEFAULT_RESOURCE_TYPES_SEED, types: [...DEFAULT_RESOURCE_TYPES] } },
      { type: 'ResourceTypeDefined', data: { key: 'audio-collection', label: 'Audio collection' } },
      { type: 'ResourceTypeRelabelled', data: { key: 'database', label: 'Research database' } },
      { type: 'ResourceTypeDeprecated', data: { key: 'dataset', reason: 'split' } },
    );
    await write(
      SUBJECT_VOCABULARY_STREAM,
      { type: 'SubjectDefined', data: { key: 'history', label: 'History' } },
      { type: 'SubjectBestBetsChosen', data: { key: 'history', resourceIds: ['jstor-as1', 'ebsco:asp'] } },
      { type: 'SubjectRelabelled', data: { key: 'history', label: 'History & archaeology' } },
    );
    const view = await project();
    const labels = await vocabularyLabels(view);
    expect(labels.types.get('database')).toBe('Research database');
    expect(labels.types.get('audio-collection')).toBe('Audio collection');
    expect(labels.types.get('dataset')).toBe('Dataset');
    expect(labels.subjects).toEqual(new Map([['history', 'History & archaeology']]));
    expect(await view.get<ResourceTypeDocument & ReadDocument>(REGISTER_COLLECTIONS.resourceTypes, 'dataset')).toMatchObject({
      deprecated: { reason: 'split' },
    });
    expect(await view.get<SubjectDocument & ReadDocument>(REGISTER_COLLECTIONS.subjects, 'history')).toMatchObject({
      label: 'History & archaeology',
      bestBets: ['jstor-as1', 'ebsco:asp'],
    });
  });
});
