export * from './filing';
export * from './ezproxy-stanza';
export * from './e-resource-events';
export * from './register-rule-violation';
export {
  isRegisterId,
  REGISTER_ID,
  REGISTER_ID_FORM,
  REGISTER_ID_MAX,
  REGISTER_LABEL_MAX,
  REGISTER_NAME_MAX,
  REGISTER_NOTE_MAX,
  REGISTER_REASON_MAX,
} from './register-text';
export { canonicalHost, CONTACT_EMAIL_MAX, CONTACT_PHONE_MAX, REGISTER_HOST_MAX, REGISTER_URL_MAX, workEmail, workPhone } from './register-addresses';
export * from './register-events';
export * from './organisation-events';
export * from './organisation-commands';
export * from './organisation';
export * from './platform-events';
export * from './platform-commands';
export * from './platform';
export * from './resource-vocabulary-events';
export * from './resource-vocabulary-commands';
export * from './resource-vocabulary-terms';
export * from './resource-type-vocabulary';
export * from './subject-vocabulary';
export * from './access';
export * from './e-resource-commands';
export * from './e-resource-rule-violation';
export * from './e-resource-state';
export * from './e-resource-decider';
export * from './e-resource-context';
export * from './activation-rules';
export { ACCESS_URL_MAX, requireAccessUrl, requireResourceId } from './e-resource-input';
export * from './e-resource-changes';
export * from './upcasters';
export * from './public-link';
