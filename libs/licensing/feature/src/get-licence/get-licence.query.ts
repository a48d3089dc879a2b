export class GetLicenceQuery {
  constructor(
    readonly licenceId: string,
    /** Today in the library's time zone: the date of `termsInForceToday`. */
    readonly today: string,
    readonly minPosition?: number,
  ) {}
}
