// Holdings (issue 12): packages' KBART title lists in versions, and which titles the library has activated. Pure.
export * from './package-title';
export * from './title-table';
export * from './limits';
export * from './title-list-events';
export * from './title-activation-events';
export * from './commands';
export * from './title-list-state';
export * from './holdings-rule-violation';
export * from './title-comparison';
export * from './group-title-rows';
export * from './title-list-decider';
export * from './title-activations';
export * from './package-title-rows';
export * from './document-references';
