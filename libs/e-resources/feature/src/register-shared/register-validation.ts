/** Shape limits of the register's DTOs (the deciders hold the rules; these only bound what is read). */
export { CONTACT_EMAIL_MAX, CONTACT_PHONE_MAX, REGISTER_HOST_MAX, REGISTER_ID, REGISTER_ID_FORM, REGISTER_ID_MAX } from '@era/e-resources-domain';
export { REGISTER_LABEL_MAX, REGISTER_NAME_MAX, REGISTER_NOTE_MAX, REGISTER_REASON_MAX, REGISTER_URL_MAX } from '@era/e-resources-domain';

export const NOT_BLANK = /\S/;
