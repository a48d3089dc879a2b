import { ReasonDto } from '../shared/reason.dto';

/** Why the resource is kept out of the public list. */
export class HideEResourceDto extends ReasonDto {}
