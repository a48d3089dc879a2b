export class PermittedUsesQuery {
  constructor(
    readonly resourceId: string,
    /** Today in the library's time zone. */
    readonly today: string,
    /** A term key; every term in force when absent. */
    readonly use?: string,
    readonly minPosition?: number,
    /** The caller's staff role: licence staff see internal values, marked; every other role never does. */
    readonly role?: string,
  ) {}
}
