/** Every recorded ledger seal, oldest first. */
export class ListSealsQuery {}
