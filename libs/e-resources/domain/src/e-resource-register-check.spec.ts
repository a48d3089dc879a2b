import { ReviseEResourceDetails } from './e-resource-commands';
import { RegisteredReferences } from './e-resource-context';
import { ID, register, registered, spec } from './testing/e-resource-fixtures';

/** What the register holds of the ids a command names. */
const registerHolds: RegisteredReferences = { platforms: new Set(['jstor-platform']), organisations: new Set(['ithaka']) };
const revise = (data: Partial<ReviseEResourceDetails['data']>): ReviseEResourceDetails => ({
  type: 'ReviseEResourceDetails',
  data: { resourceId: ID, ...data },
});

describe("a resource's platform and vendor are entries of the register", () => {
  it('given nothing, when registered on a registered platform with a registered vendor, then recorded', () => {
    spec
      .given()
      .when(register({ platformId: 'jstor-platform', vendorId: 'ithaka' }), { register: registerHolds })
      .then([expect.objectContaining({ type: 'EResourceRegistered', data: expect.objectContaining({ platformId: 'jstor-platform', vendorId: 'ithaka' }) })]);
  });

  it('given nothing, when registered on a platform the register does not hold, then refused', () => {
    spec
      .given()
      .when(register({ platformId: 'ebscohost' }), { register: registerHolds })
      .thenRefused('unknown-platform');
  });

  it('given nothing, when registered with a vendor the register does not hold, then refused', () => {
    spec
      .given()
      .when(register({ vendorId: 'ebsco' }), { register: registerHolds })
      .thenRefused('unknown-vendor');
  });

  it('given a resource whose vendor the register never held, when its description is revised, then recorded (the vendor is not newly chosen)', () => {
    spec
      .given([registered({ vendorId: 'ebsco' })])
      .when(revise({ description: 'Full text of business journals' }), { register: registerHolds })
      .then([expect.objectContaining({ type: 'EResourceDetailsRevised', data: expect.objectContaining({ vendorId: 'ebsco' }) })]);
  });

  it('given a resource, when moved to a platform the register does not hold, then refused', () => {
    spec
      .given([registered()])
      .when(revise({ platformId: 'ebscohost' }), { register: registerHolds })
      .thenRefused('unknown-platform');
  });
});
