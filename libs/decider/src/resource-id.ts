/**
 * An e-resource's id, the form licences hold in `resourceIds` and the e-resource register keys resources by: 1 to 120
 * letters, digits or `._:/-`, starting with a letter or digit. Here because two areas name resources by it.
 */
export const RESOURCE_ID_MAX = 120;
export const RESOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}$/;
export const RESOURCE_ID_FORM = '1 to 120 letters, digits or ._:/- starting with a letter or digit';

export const isResourceId = (value: unknown): value is string => typeof value === 'string' && value.length <= RESOURCE_ID_MAX && RESOURCE_ID.test(value);
