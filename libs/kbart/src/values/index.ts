// KBART values normalised one by one (issue 12): pure, total functions answering a value, a repair or a problem.
export * from './result';
export * from './issn';
export * from './isbn';
export * from './date';
export * from './embargo';
export * from './vocabulary';
export * from './text';
export * from './row';
