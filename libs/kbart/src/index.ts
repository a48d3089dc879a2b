// KBART title lists as vendors send them (issue 12): decoding, rows and headers, values. Pure: bytes in, typed rows and problems out.
export * from './rows';
export * from './decoding';
export * from './read-title-list';
export * from './values';
export * from './writing';
