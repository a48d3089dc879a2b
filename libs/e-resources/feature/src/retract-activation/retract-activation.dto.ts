import { ReasonDto } from '../shared/reason.dto';

export class RetractActivationDto extends ReasonDto {}
