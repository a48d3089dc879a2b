import { Injectable, Module } from '@nestjs/common';
import { startTestApi } from '@era/api-testing';
import { addDays, LocalCalendar } from '@era/calendar';
import { EResourceEvent, EResourceRegistered, organisationStream, SUBJECT_VOCABULARY_STREAM } from '@era/e-resources-domain';
import { azProjection } from '@era/projection-a-z';
import { eResourceRegisterProjection } from '@era/projection-e-resource-register';
import { AzModule } from '../a-z.module';
import { LicenceOfResource, LicencesOfResource } from '../shared/licences-of-resource';
import { aRegistration, associateMetadata, streamOf } from './a-z-api';

const PROXY_PREFIX = 'https://login.proxy.example.edu/login?url=';

/** JSTOR's licence, with public notes on the key permitted uses (and one use the public list leaves out); no other resource has a licence here. */
@Injectable()
class JstorLicence implements LicencesOfResource {
  async licencesOf(resourceId: string): Promise<LicenceOfResource[]> {
    if (resourceId !== 'jstor') return [];
    const permittedUses = [
      { use: 'ill-electronic', label: 'Interlibrary loan', valueLabel: 'Permitted', publicNote: 'Allowed, articles only.' },
      { use: 'course-reserves-electronic', label: 'Course reserves', valueLabel: 'Permitted', publicNote: 'Link from the course page; no copies.' },
      { use: 'text-and-data-mining', label: 'Text and data mining', valueLabel: 'Permitted', publicNote: 'Through JSTOR Data for Research only.' },
      { use: 'walk-in-users', label: 'Walk-in users', valueLabel: 'Permitted', publicNote: 'Not a key use: not on the public list.' },
    ];
    return [{ licenceId: 'jstor-2026', name: 'JSTOR 2026', status: 'active', applies: true, permittedUses }];
  }
}

@Module({ imports: [AzModule.register({ licences: JstorLicence })] })
class AzPageTestModule {}

/**
 * The public A-Z list (JSON and page) over six active resources recorded as events, through the real projections:
 * one filed under a digit, one under M past its article, one new, one on trial, one hidden (never shown).
 * "New" lasts 7 days here.
 */
export async function startAzPageApi() {
  const api = await startTestApi(
    { features: [AzPageTestModule], projections: [azProjection, eResourceRegisterProjection], upcasters: [] },
    { ERA_PROXY_PREFIX: PROXY_PREFIX, AZ_NEW_DAYS: '7' },
  );
  const today = new LocalCalendar('UTC').today();
  let position = 0;
  const recordIn = async (stream: string, event: { type: string; data: object }) => {
    position = (await api.events.append(stream, [event], { expectedRevision: 'any', metadata: associateMetadata })).position;
  };
  const listed = async (id: string, name: string, details: Partial<EResourceRegistered>, daysAgo: number, trialEndsIn?: number) => {
    const registered = aRegistration(id, name, { proxied: true, ...details });
    const activated: EResourceEvent = {
      type: 'ResourceActivated',
      data: {
        resourceId: id,
        activationId: `${id}-1`,
        effectiveFrom: addDays(today, -daysAgo),
        ...(trialEndsIn === undefined ? { accessKind: 'subscription' } : { accessKind: 'trial', trialEndsOn: addDays(today, trialEndsIn) }),
        audience: { kind: 'everyone' },
        reason: 'Subscribed',
      },
    };
    await recordIn(streamOf(registered), registered);
    await recordIn(streamOf(activated), activated);
  };

  await recordIn(organisationStream('gale'), { type: 'OrganisationRegistered', data: { organisationId: 'gale', name: 'Gale', roles: ['vendor'] } });
  await recordIn(organisationStream('ithaka'), { type: 'OrganisationRegistered', data: { organisationId: 'ithaka', name: 'ITHAKA', roles: ['vendor'] } });
  for (const [key, label] of [
    ['history', 'History'],
    ['biology', 'Biology'],
    ['general', 'General and reference'],
  ]) {
    await recordIn(SUBJECT_VOCABULARY_STREAM, { type: 'SubjectDefined', data: { key, label } });
  }
  const description = (text: string) => ({ description: text });
  await listed(
    '19c-newspapers',
    '19th Century British Newspapers',
    { ...description('Digitised national and regional newspapers, 1800 to 1900.'), subjects: ['history'], vendorId: 'gale' },
    400,
  );
  await listed(
    'acm-dl',
    'ACM Digital Library',
    { ...description('Journals and conference proceedings in computing.'), resourceType: 'e-journal-package', subjects: ['general'] },
    400,
  );
  await listed(
    'bioone',
    'BioOne Complete',
    {
      ...description('Biological, ecological and environmental science journals.'),
      resourceType: 'e-journal-package',
      subjects: ['biology'],
      publicAccessNotes: 'Three concurrent users.',
    },
    2,
  );
  await listed(
    'britannica',
    'Britannica Academic',
    {
      ...description('Encyclopaedia articles, biographies and primary sources.'),
      resourceType: 'reference-work',
      subjects: ['general', 'history'],
      publicAccessNotes: 'On campus only.',
      proxied: false,
    },
    10,
    20,
  );
  await listed(
    'jstor',
    'JSTOR',
    {
      ...description('Back runs of scholarly journals across the humanities and sciences.'),
      resourceType: 'e-journal-package',
      subjects: ['history', 'biology'],
      vendorId: 'ithaka',
    },
    400,
  );
  await listed('le-monde', 'Le Monde Archives', { ...description('The French daily since 1944.'), subjects: ['history'] }, 400);
  await listed('staff-only', 'Staff Only Database', { hidden: true }, 400);
  return { ...api, position, today, trialEndsOn: addDays(today, 20) };
}
