export * from './screening-limit';
export * from './normalise';
export * from './personal-data';
export * from './credentials';
export * from './invisible-characters';
