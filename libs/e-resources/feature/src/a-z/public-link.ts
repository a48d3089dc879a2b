// The public link moved to the domain library (the title A-Z of holdings builds the same links); kept here for this area's imports.
export { publicLink } from '@era/e-resources-domain';
