import { EResourceEvent, eResourceStream } from './e-resource-events';
import { activate, command, ID, register, registered, registration, spec } from './testing/e-resource-fixtures';

describe('registering an e-resource', () => {
  it('given nothing, when registered, then EResourceRegistered with texts trimmed, lists de-duplicated and flags defaulted', () => {
    spec
      .given()
      .when(register({ name: '  JSTOR Arts & Sciences I ', alternateNames: ['JSTOR', ' JSTOR', ''], proxied: undefined }))
      .then([{ type: 'EResourceRegistered', data: { ...registration, alternateNames: ['JSTOR'], proxied: false } }]);
  });

  it('given it is registered, when the same details are sent again, then nothing new (a retry)', () => {
    spec.given([registered()]).when(register()).thenNothing();
  });

  it('given it is registered, when the same id comes with another name, then refused as a conflict', () => {
    spec
      .given([registered()])
      .when(register({ name: 'Other' }))
      .thenRefused('resource-already-registered');
  });

  it('given nothing, when the id holds a space, then refused', () => {
    spec
      .given()
      .when(register({ resourceId: 'jstor arts' }))
      .thenRefused('invalid-resource-id');
  });

  it('given nothing, when the name is blank, then refused', () => {
    spec
      .given()
      .when(register({ name: '   ' }))
      .thenRefused('field-required');
  });

  it.each([
    ['not a URL', 'jstor.org'],
    ['not http(s)', 'ftp://jstor.org/'],
    ['javascript', 'javascript:alert(1)'],
    ['credentials in the URL', 'https://user:secret@jstor.org/'],
    ['too long', `https://jstor.org/${'a'.repeat(2000)}`],
  ])('given nothing, when the access URL is %s, then refused', (_, accessUrl) => {
    spec.given().when(register({ accessUrl })).thenRefused('invalid-access-url');
  });

  it('given no resource, when any other command names it, then refused as not found', () => {
    spec.given().when(activate()).thenRefused('resource-not-found');
  });
});

describe('revising details, link, flags, stanza and replacement', () => {
  it('given a resource, when renamed, then the old name moves to formerNames', () => {
    spec
      .given([registered()])
      .when(command('ReviseEResourceDetails', { resourceId: ID, name: 'JSTOR Arts I', reason: 'vendor renamed it' }))
      .then([
        {
          type: 'EResourceDetailsRevised',
          data: {
            resourceId: ID,
            name: 'JSTOR Arts I',
            alternateNames: [],
            formerNames: ['JSTOR Arts & Sciences I'],
            resourceType: 'database',
            subjects: [],
            reason: 'vendor renamed it',
          },
        },
      ]);
  });

  it('given a resource, when a revision changes nothing, then nothing new', () => {
    spec
      .given([registered()])
      .when(command('ReviseEResourceDetails', { resourceId: ID, name: 'JSTOR Arts & Sciences I' }))
      .thenNothing();
  });

  it('given a resource, when its internal notes are removed with null, then the revision leaves them out', () => {
    const [event] = spec
      .given([registered({ internalNotes: 'renewal in May' })])
      .when(command('ReviseEResourceDetails', { resourceId: ID, internalNotes: null }))
      .events();
    expect(event.type).toBe('EResourceDetailsRevised');
    expect(event.data).not.toHaveProperty('internalNotes');
  });

  it('given a resource, when its link is set, then EResourceAccessLinkSet with the URL as parsed', () => {
    spec
      .given([registered()])
      .when(command('SetEResourceAccessLink', { resourceId: ID, accessUrl: 'HTTPS://JSTOR.org/stable', proxied: false }))
      .then([{ type: 'EResourceAccessLinkSet', data: { resourceId: ID, accessUrl: 'https://jstor.org/stable', proxied: false } }]);
  });

  it('given a resource, when the same link is set again, then nothing new', () => {
    spec
      .given([registered()])
      .when(command('SetEResourceAccessLink', { resourceId: ID, accessUrl: 'https://www.jstor.org/' }))
      .thenNothing();
  });

  it('given a shown resource, when hidden without a reason, then refused', () => {
    spec
      .given([registered()])
      .when(command('HideEResource', { resourceId: ID, reason: ' ' }))
      .thenRefused('reason-required');
  });

  it('given a hidden resource, when shown, then EResourceShown; when hidden again, nothing new', () => {
    const hidden: EResourceEvent = { type: 'EResourceHidden', data: { resourceId: ID, reason: 'platform outage' } };
    spec
      .given([registered(), hidden])
      .when(command('ShowEResource', { resourceId: ID }))
      .then([{ type: 'EResourceShown', data: { resourceId: ID } }]);
    spec
      .given([registered(), hidden])
      .when(command('HideEResource', { resourceId: ID, reason: 'again' }))
      .thenNothing();
  });

  it('given a resource, when a valid stanza is set, then EResourceStanzaSet with it as written', () => {
    const stanza = 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org\n';
    spec
      .given([registered()])
      .when(command('SetEResourceStanza', { resourceId: ID, stanza }))
      .then([{ type: 'EResourceStanzaSet', data: { resourceId: ID, stanza } }]);
  });

  it('given a resource, when a broken stanza is set, then refused with each line number and reason', () => {
    spec
      .given([registered()])
      .when(command('SetEResourceStanza', { resourceId: ID, stanza: 'Title JSTOR\nURL https://www.jstor.org\nFrobnicate x\n' }))
      .thenRefused('invalid-stanza', /line 3: unknown directive "Frobnicate"/);
  });

  it('given a resource, when a stanza opens an option it never closes, then the refusal lists each line and reason for the caller', () => {
    let refusal: unknown;
    try {
      spec
        .given([registered()])
        .when(command('SetEResourceStanza', { resourceId: ID, stanza: 'Frobnicate x\nTitle JSTOR\nURL https://www.jstor.org\nFind a\n' }))
        .events();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      rule: 'invalid-stanza',
      extensions: { errors: expect.arrayContaining([{ line: 1, reason: 'unknown directive "Frobnicate"' }]) },
    });
  });

  it('given no stanza, when one is removed, then refused as a conflict', () => {
    spec
      .given([registered()])
      .when(command('RemoveEResourceStanza', { resourceId: ID, reason: 'moved to OpenAthens' }))
      .thenRefused('no-stanza');
  });

  it('given a resource, when replaced by itself, then refused', () => {
    spec
      .given([registered()])
      .when(command('ReplaceEResource', { resourceId: ID, replacedBy: ID, reason: 'merged' }))
      .thenRefused('replaced-by-itself');
  });
});

describe('the stream of a resource', () => {
  it('takes ids with a slash (stream ids may not hold one) and keeps distinct ids apart', () => {
    expect(eResourceStream('jstor/arts-1')).toBe('e-resource-jstor_arts-1');
    expect(eResourceStream('jstor/arts-1')).not.toBe(eResourceStream('jstor.arts-1'));
    expect(eResourceStream('0B6F3C8E-6F7E-4D1A-9C55-3F1F4B2A9E10')).toBe('e-resource-0b6f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10');
  });
});
