/** A FOLIO refdata value as FOLIO's API returns it. */
export const folioRefdata = (value: string, label: string) => ({ id: `rd-${value}`, value, label });

const TYPES: Readonly<Record<string, string>> = {
  Refdata: 'com.k_int.web.toolkit.custprops.types.CustomPropertyRefdata',
  Text: 'com.k_int.web.toolkit.custprops.types.CustomPropertyText',
  Integer: 'com.k_int.web.toolkit.custprops.types.CustomPropertyInteger',
  Decimal: 'com.k_int.web.toolkit.custprops.types.CustomPropertyDecimal',
  Boolean: 'com.k_int.web.toolkit.custprops.types.CustomPropertyBoolean',
};

/** One custom-property value: `value` a FOLIO refdata value for Refdata, else the content itself. */
export function folioTermValue(
  name: string,
  type: keyof typeof TYPES,
  value: unknown,
  extra: { internal?: boolean; note?: string; publicNote?: string; defaultInternal?: boolean; label?: string } = {},
) {
  const { defaultInternal, label, ...rest } = extra;
  return {
    id: 1,
    value,
    internal: rest.internal ?? false,
    ...(rest.note !== undefined && { note: rest.note }),
    ...(rest.publicNote !== undefined && { publicNote: rest.publicNote }),
    type: { name, label: label ?? name, defaultInternal: defaultInternal ?? false, type: TYPES[type] },
  };
}

/**
 * A small FOLIO licence record as GET /licenses/licenses returns it: active, local, with a licensor and a start date,
 * so that the licence rules take it; `changes` replace or add fields.
 */
export function folioLicence(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '6a1f0c2e-8b7d-4e5f-9a0b-1c2d3e4f5a6b',
    name: 'Trap Press licence',
    dateCreated: '2024-01-02T03:04:05Z',
    lastUpdated: '2024-01-02T03:04:05Z',
    status: folioRefdata('active', 'Active'),
    type: folioRefdata('local', 'Local'),
    startDate: '2024-01-01',
    endDateSemantics: folioRefdata('open_ended', 'Open ended'),
    orgs: [{ id: 'o-1', primaryOrg: true, org: { name: 'Trap Press' }, roles: [{ role: folioRefdata('licensor', 'Licensor') }] }],
    customProperties: {},
    amendments: [],
    docs: [],
    supplementaryDocs: [],
    ...changes,
  };
}
