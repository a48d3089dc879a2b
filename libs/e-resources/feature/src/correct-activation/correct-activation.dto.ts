import { ActivationDto } from '../shared/activation.dto';

/** The whole activation as it should have been, and why (required). */
export class CorrectActivationDto extends ActivationDto {}
