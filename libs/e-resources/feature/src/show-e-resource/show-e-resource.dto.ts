import { OptionalReasonDto } from '../shared/reason.dto';

export class ShowEResourceDto extends OptionalReasonDto {}
