/** Where each register entry is read. */
export const organisationLocation = (id: string) => `/organisations/${encodeURIComponent(id)}`;
export const platformLocation = (id: string) => `/platforms/${encodeURIComponent(id)}`;
