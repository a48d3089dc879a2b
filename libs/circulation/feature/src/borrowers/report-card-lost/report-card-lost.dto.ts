/** Reporting the card in use lost takes nothing more: the desk says which borrower, the stream knows the card. */
export class ReportCardLostDto {}
