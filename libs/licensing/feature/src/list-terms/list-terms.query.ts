export class ListTermsQuery {
  constructor(readonly minPosition?: number) {}
}
