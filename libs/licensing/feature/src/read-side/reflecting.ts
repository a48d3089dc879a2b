/** What a projection-based answer reflects, for the X-Projection-Position header. */
export interface Reflecting {
  /** Global position of the last event the answer reflects. */
  position: number;
  fresh: boolean;
}
