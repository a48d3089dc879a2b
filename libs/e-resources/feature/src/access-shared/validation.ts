/** An organisation of the register, by id: the form e-resource ids take (letters, digits and ._:/-). */
export const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}$/;
export const ORGANISATION_ID_MESSAGE = 'organisationId must be 1 to 120 letters, digits or ._:/- without spaces';
export const NOT_BLANK = /\S/;
