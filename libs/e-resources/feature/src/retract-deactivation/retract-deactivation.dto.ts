import { ReasonDto } from '../shared/reason.dto';

export class RetractDeactivationDto extends ReasonDto {}
