import { ReasonDto } from '../shared/reason.dto';

/** Why the resource no longer goes through its own stanza. */
export class RemoveEResourceStanzaDto extends ReasonDto {}
