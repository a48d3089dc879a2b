// The circulation area's Nest modules, one per slice; apps/api imports each.
export * from './circulation-modules';
