import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActivationState, Audience, CalendarDate, Recorded } from '@era/e-resources-domain';

/** How an activation stands on a given day. */
export type ActivationStatus = 'scheduled' | 'in-force' | 'ended' | 'retracted';

export interface ActivationView extends Omit<ActivationState, 'audience'> {
  audience: Audience;
  status: ActivationStatus;
}

/** The staff view of one resource: everything, internal notes and licence links included, folded from its stream. */
export class EResourceView {
  @ApiProperty({ example: 'jstor/arts-1' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) alternateNames!: string[];
  @ApiProperty({ type: [String] }) formerNames!: string[];
  @ApiPropertyOptional() description?: string;
  @ApiProperty() resourceType!: string;
  @ApiProperty({ type: [String] }) subjects!: string[];
  @ApiPropertyOptional() platformId?: string;
  @ApiPropertyOptional() vendorId?: string;
  @ApiPropertyOptional() publicAccessNotes?: string;
  @ApiPropertyOptional({ description: 'Staff only' }) internalNotes?: string;
  @ApiPropertyOptional() accessUrl?: string;
  @ApiProperty() proxied!: boolean;
  @ApiProperty() hidden!: boolean;
  @ApiPropertyOptional({ description: 'The EZproxy stanza as written' }) stanza?: string;
  @ApiPropertyOptional() replacedBy?: string;
  @ApiProperty({ description: 'Whether an activation is in force today (trial or otherwise)' }) active!: boolean;
  @ApiProperty({
    description: 'Every activation in the order recorded, with its status today (scheduled, in-force, ended, retracted), deactivation and last correction',
  })
  activations!: ActivationView[];
  @ApiPropertyOptional({ description: 'Licences that link the resource, with the public notes of their permitted uses' })
  licences?: unknown[];
  @ApiPropertyOptional({ description: 'Who registered it and when' }) registered?: Recorded;
  @ApiProperty({ description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ description: 'Today in the library calendar, the day statuses are given for' }) today!: CalendarDate;
}
