import { deciderSpecification } from '@era/decider/testing';
import { AddOrganisationContact, RegisterOrganisation, RemoveOrganisationContact, ReviseOrganisationDetails } from './organisation-commands';
import { OrganisationEvent } from './organisation-events';
import { MAX_CONTACTS, organisationDecider } from './organisation';

const spec = deciderSpecification(organisationDecider, { now: new Date('2026-12-03T10:00:00Z') });

const register = (data: Partial<RegisterOrganisation['data']> = {}): RegisterOrganisation => ({
  type: 'RegisterOrganisation',
  data: { organisationId: 'ebsco', name: 'EBSCO Information Services', roles: ['vendor', 'platform-provider'], website: 'https://www.ebsco.com', ...data },
});
const registered: OrganisationEvent = {
  type: 'OrganisationRegistered',
  data: { organisationId: 'ebsco', name: 'EBSCO Information Services', roles: ['vendor', 'platform-provider'], website: 'https://www.ebsco.com' },
};
const revise = (data: Partial<ReviseOrganisationDetails['data']> = {}): ReviseOrganisationDetails => ({
  type: 'ReviseOrganisationDetails',
  data: { organisationId: 'ebsco', name: 'EBSCO', roles: ['vendor', 'publisher', 'platform-provider'], website: 'https://www.ebsco.com', ...data },
});
const addContact = (data: Partial<AddOrganisationContact['data']> = {}): AddOrganisationContact => ({
  type: 'AddOrganisationContact',
  data: { organisationId: 'ebsco', contactId: 'c-1', purpose: 'support', name: 'EBSCO Support Desk', email: 'Support@EBSCO.com', ...data },
});
const contactAdded: OrganisationEvent = {
  type: 'OrganisationContactAdded',
  data: { organisationId: 'ebsco', contactId: 'c-1', purpose: 'support', name: 'EBSCO Support Desk', email: 'support@ebsco.com' },
};
const removeContact = (data: Partial<RemoveOrganisationContact['data']> = {}): RemoveOrganisationContact => ({
  type: 'RemoveOrganisationContact',
  data: { organisationId: 'ebsco', contactId: 'c-1', reason: 'desk moved to a ticket portal', ...data },
});

describe('registering an organisation', () => {
  it('records it with its roles in a fixed order, text trimmed', () => {
    spec
      .given()
      .when(register({ name: '  EBSCO Information Services ', roles: ['platform-provider', 'vendor'] }))
      .then([registered]);
  });

  it('keeps a UUID id lower-case, however it was sent', () => {
    const events = spec
      .given()
      .when(register({ organisationId: 'A0B1C2D3-0000-4000-8000-00000000000F' }))
      .events();
    expect(events[0].data).toMatchObject({ organisationId: 'a0b1c2d3-0000-4000-8000-00000000000f' });
  });

  it('decides nothing for the same registration again (a retry)', () => {
    spec
      .given([registered])
      .when(register({ roles: ['platform-provider', 'vendor'] }))
      .thenNothing();
  });

  it('refuses the same id with other details', () => {
    spec
      .given([registered])
      .when(register({ name: 'ProQuest' }))
      .thenRefused('organisation-already-registered', /already registered, as "EBSCO/);
  });

  it.each([
    ['no role', { roles: [] }, 'roles-required'],
    ['an unknown role', { roles: ['vendor', 'aggregator'] }, 'invalid-role'],
    ['a blank name', { name: '   ' }, 'field-required'],
    ['a website that is not an http(s) URL', { website: 'ftp://ebsco.com' }, 'invalid-url'],
    ['a website without a host name', { website: 'https://localhost/' }, 'invalid-url'],
    ['an id with upper-case letters or spaces', { organisationId: 'EBSCO Host' }, 'invalid-id'],
  ])('refuses %s', (_, data, rule) => {
    spec
      .given()
      .when(register(data as Partial<RegisterOrganisation['data']>))
      .thenRefused(rule);
  });
});

describe('revising an organisation', () => {
  it('records the whole new set of details and the reason', () => {
    spec
      .given([registered])
      .when(revise({ reason: 'also publishes' }))
      .then([
        {
          type: 'OrganisationDetailsRevised',
          data: {
            organisationId: 'ebsco',
            name: 'EBSCO',
            roles: ['vendor', 'publisher', 'platform-provider'],
            website: 'https://www.ebsco.com',
            reason: 'also publishes',
          },
        },
      ]);
  });

  it('decides nothing when the details are as recorded', () => {
    spec
      .given([registered])
      .when(revise({ name: 'EBSCO Information Services', roles: ['vendor', 'platform-provider'] }))
      .thenNothing();
  });

  it('removes a website left out', () => {
    const [event] = spec
      .given([registered])
      .when(revise({ website: undefined }))
      .events();
    expect(event.data).not.toHaveProperty('website');
  });

  it('refuses an organisation not in the register', () => {
    spec.given().when(revise()).thenRefused('organisation-not-found');
  });
});

describe('contacts', () => {
  it('adds a support contact with a work email, lower-cased', () => {
    spec.given([registered]).when(addContact()).then([contactAdded]);
  });

  it('adds a sales contact with a work phone as written', () => {
    const [event] = spec
      .given([registered])
      .when(addContact({ purpose: 'sales', name: 'Account manager', email: undefined, phone: '+1 800 555 0100 ext. 12' }))
      .events();
    expect(event.data).toMatchObject({ purpose: 'sales', phone: '+1 800 555 0100 ext. 12' });
  });

  it('decides nothing for the same contact again, and refuses its id with another contact', () => {
    spec.given([registered, contactAdded]).when(addContact()).thenNothing();
    spec
      .given([registered, contactAdded])
      .when(addContact({ name: 'Sales' }))
      .thenRefused('contact-already-added');
  });

  it.each([
    ['neither email nor phone', { email: undefined }, /work email or a work phone/],
    ['a personal mailbox', { email: 'jane.doe@gmail.com' }, /personal mailbox/],
    ['a malformed email', { email: 'support at ebsco.com' }, /name@organisation-domain/],
    ['a phone with letters', { email: undefined, phone: 'call reception' }, /6 to 15 digits/],
    ['a phone too short to be one', { email: undefined, phone: '555' }, /6 to 15 digits/],
    ['an unknown purpose', { purpose: 'billing' }, /support or sales/],
  ])('refuses a contact with %s', (_, data, message) => {
    spec
      .given([registered])
      .when(addContact(data as Partial<AddOrganisationContact['data']>))
      .thenRefused('invalid-contact', message);
  });

  it(`holds at most ${MAX_CONTACTS} contacts`, () => {
    const many = Array.from({ length: MAX_CONTACTS }, (_, index): OrganisationEvent => ({
      type: 'OrganisationContactAdded',
      data: { organisationId: 'ebsco', contactId: `c-${index + 10}`, purpose: 'support', name: 'Desk', phone: '+1 800 555 0100' },
    }));
    spec
      .given([registered, ...many])
      .when(addContact())
      .thenRefused('too-many-contacts');
  });

  it('removes a contact with a reason', () => {
    spec
      .given([registered, contactAdded])
      .when(removeContact())
      .then([{ type: 'OrganisationContactRemoved', data: { organisationId: 'ebsco', contactId: 'c-1', reason: 'desk moved to a ticket portal' } }]);
  });

  it('refuses removing without a reason, an unknown contact, or one already removed', () => {
    spec
      .given([registered, contactAdded])
      .when(removeContact({ reason: ' ' }))
      .thenRefused('reason-required');
    spec.given([registered]).when(removeContact()).thenRefused('contact-not-found');
    spec
      .given([registered, contactAdded, { type: 'OrganisationContactRemoved', data: { organisationId: 'ebsco', contactId: 'c-1', reason: 'left' } }])
      .when(removeContact())
      .thenRefused('contact-not-found');
  });

  it('keeps contacts through a revision of the details', () => {
    const revised: OrganisationEvent = {
      type: 'OrganisationDetailsRevised',
      data: { organisationId: 'ebsco', name: 'EBSCO', roles: ['vendor'] },
    };
    spec
      .given([registered, contactAdded, revised])
      .when(removeContact())
      .then([{ type: 'OrganisationContactRemoved', data: { organisationId: 'ebsco', contactId: 'c-1', reason: 'desk moved to a ticket portal' } }]);
  });
});
