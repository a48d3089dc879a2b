import { REGISTER_ID, REGISTER_ID_FORM } from '@era/e-resources-domain';

/** An organisation of the register, by id: the register's own id form. */
export const ORGANISATION_ID = REGISTER_ID;
export const ORGANISATION_ID_MESSAGE = `organisationId must be ${REGISTER_ID_FORM}`;
export const NOT_BLANK = /\S/;
