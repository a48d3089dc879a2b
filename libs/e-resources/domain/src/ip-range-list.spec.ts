import { deciderSpecification } from '@era/decider/testing';
import { AddIpRange, RecordIpRangesSending, RemoveIpRange } from './ip-range-commands';
import { IpRangeAdded, IpRangeEvent } from './ip-range-events';
import { ipRangeListDecider } from './ip-range-list';

const now = new Date('2026-03-05T15:00:00Z');
const spec = deciderSpecification(ipRangeListDecider, { now });
const add = (rangeId: string, range: string, label = 'Main campus', note?: string): AddIpRange => ({
  type: 'AddIpRange',
  data: { rangeId, range, label, ...(note !== undefined && { note }) },
});
const added = (data: Partial<IpRangeAdded> & Pick<IpRangeAdded, 'rangeId'>): IpRangeEvent => ({
  type: 'IpRangeAdded',
  data: { family: 'ipv4', range: '192.0.2.0/24', firstAddress: '192.0.2.0', lastAddress: '192.0.2.255', label: 'Main campus', listVersion: 1, ...data },
});
const campus = added({ rangeId: 'r1' });
const remove = (rangeId: string, reason = 'network returned to the ISP'): RemoveIpRange => ({ type: 'RemoveIpRange', data: { rangeId, reason } });
const send = (data: Partial<RecordIpRangesSending['data']> = {}): RecordIpRangesSending => ({
  type: 'RecordIpRangesSending',
  data: { sendingId: 's1', organisationId: 'org-ebsco', version: 1, sentOn: '2026-03-04', method: 'email', ...data },
});

describe('adding a range', () => {
  it('given an empty list, when a CIDR range is added, then it is recorded canonically as version 1', () => {
    spec
      .given()
      .when(add('r1', '192.0.2.0/24', '  Main campus '))
      .then([campus]);
  });

  it('given one range, when an IPv6 range is added, then it is version 2, written compressed', () => {
    spec
      .given([campus])
      .when(add('r2', '2001:0DB8:0000::/48', 'Campus v6', 'from central IT'))
      .then([
        added({
          rangeId: 'r2',
          family: 'ipv6',
          range: '2001:db8::/48',
          firstAddress: '2001:db8::',
          lastAddress: '2001:db8:0:ffff:ffff:ffff:ffff:ffff',
          label: 'Campus v6',
          note: 'from central IT',
          listVersion: 2,
        }),
      ]);
  });

  it('given a range on the list, when an overlapping start-end range is added, then refused', () => {
    spec
      .given([campus])
      .when(add('r2', '192.0.2.200-192.0.3.10', 'Library'))
      .thenRefused('ip-range-overlaps', /192\.0\.2\.200-192\.0\.3\.10 overlaps 192\.0\.2\.0\/24 \(Main campus\)/);
  });

  it('given a range that was removed, when an overlapping range is added, then it is accepted', () => {
    spec
      .given([campus, { type: 'IpRangeRemoved', data: { rangeId: 'r1', range: '192.0.2.0/24', reason: 'moved', listVersion: 2 } }])
      .when(add('r2', '192.0.2.128/25'))
      .then([added({ rangeId: 'r2', range: '192.0.2.128/25', firstAddress: '192.0.2.128', listVersion: 3 })]);
  });

  it('given an empty list, when a range with host bits set or reversed bounds is added, then refused as no range', () => {
    spec
      .given()
      .when(add('r1', '192.0.2.1/24'))
      .thenRefused('invalid-ip-range', /host bits/);
    spec
      .given()
      .when(add('r1', '192.0.2.9-192.0.2.1'))
      .thenRefused('invalid-ip-range', /starts after it ends/);
  });

  it('given an empty list, when the label is blank, then refused', () => {
    spec
      .given()
      .when(add('r1', '192.0.2.0/24', '  '))
      .thenRefused('field-required');
  });

  it('given the range added, when the same add is sent again, then nothing new; with another range, refused', () => {
    spec.given([campus]).when(add('r1', '192.0.2.0/24')).thenNothing();
    spec.given([campus]).when(add('r1', '198.51.100.0/24')).thenRefused('ip-range-already-added');
  });
});

describe('removing a range', () => {
  it('given a range, when removed with a reason, then IpRangeRemoved makes version 2', () => {
    spec
      .given([campus])
      .when(remove('r1'))
      .then([{ type: 'IpRangeRemoved', data: { rangeId: 'r1', range: '192.0.2.0/24', reason: 'network returned to the ISP', listVersion: 2 } }]);
  });

  it('refuses an unknown range, a second removal and a blank reason', () => {
    spec.given().when(remove('nope')).thenRefused('ip-range-not-found');
    spec
      .given([campus, { type: 'IpRangeRemoved', data: { rangeId: 'r1', range: '192.0.2.0/24', reason: 'moved', listVersion: 2 } }])
      .when(remove('r1'))
      .thenRefused('ip-range-already-removed');
    spec.given([campus]).when(remove('r1', ' ')).thenRefused('reason-required');
  });
});

describe('recording that the list was sent to a vendor', () => {
  it('given version 1, when sending version 1 is recorded, then IpRangesSentToVendor', () => {
    spec
      .given([campus])
      .when(send({ note: ' via support ticket ' }))
      .then([
        {
          type: 'IpRangesSentToVendor',
          data: { sendingId: 's1', organisationId: 'org-ebsco', version: 1, sentOn: '2026-03-04', method: 'email', note: 'via support ticket' },
        },
      ]);
  });

  it('refuses a version that does not exist (none yet, or beyond the current one)', () => {
    spec
      .given()
      .when(send())
      .thenRefused('ip-range-version-not-found', /no version has been made yet/);
    spec
      .given([campus])
      .when(send({ version: 2 }))
      .thenRefused('ip-range-version-not-found', /versions 1 to 1 exist/);
    spec
      .given([campus])
      .when(send({ version: 0 }))
      .thenRefused('ip-range-version-not-found');
  });

  it('refuses a date that is no calendar date, or one in the future', () => {
    spec
      .given([campus])
      .when(send({ sentOn: '2026-02-30' }))
      .thenRefused('invalid-calendar-date');
    spec
      .given([campus])
      .when(send({ sentOn: '2026-03-07' }))
      .thenRefused('sent-in-future');
  });

  it('given the sending recorded, when sent again, then nothing new; with other details, refused', () => {
    const sent = ipRangeListDecider.decide(send(), [campus].reduce(ipRangeListDecider.evolve, ipRangeListDecider.initialState), { now });
    spec
      .given([campus, ...sent])
      .when(send())
      .thenNothing();
    spec
      .given([campus, ...sent])
      .when(send({ method: 'portal' }))
      .thenRefused('sending-already-recorded');
  });
});
