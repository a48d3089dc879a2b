// Title lists written as KBART Phase II (issue 12): UTF-8, tab-separated, deterministic byte for byte.
export * from './write-kbart';
