import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { SECRET_KINDS, SecretKind } from '@era/e-resources-domain';

export const SECRET_MAX = 4096;

/**
 * The password or API key. It goes into the vault only: never an event, a read model or a log line. No message
 * of a refusal quotes it (each message here is fixed text, and the validation pipe echoes no value).
 */
export class SetVendorSecretDto {
  @ApiProperty({ enum: SECRET_KINDS })
  @IsIn(SECRET_KINDS, { message: `kind must be one of ${SECRET_KINDS.join(', ')}` })
  kind!: SecretKind;

  @ApiProperty({ description: 'The secret itself, kept encrypted outside the event log', maxLength: SECRET_MAX, writeOnly: true })
  @IsString({ message: 'secret must be a string' })
  @MinLength(1, { message: 'secret must not be empty' })
  @MaxLength(SECRET_MAX, { message: `secret has at most ${SECRET_MAX} characters` })
  secret!: string;
}
