import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { DraftLicenceCommand } from './draft-licence.command';
import { DraftLicenceDto } from './draft-licence.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class DraftLicenceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AllowRoles(...LICENCE_EDITORS)
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Drafted; the same id again is 409' })
  async draft(
    @Body() body: DraftLicenceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const licenceId = body.id ?? randomUUID();
    const consortium = body.consortium?.trim();
    const licence = {
      licenceId,
      name: body.name.trim(),
      licensor: body.licensor.trim(),
      type: body.type,
      ...(consortium ? { consortium } : {}),
      resourceIds: body.resourceIds ?? [],
    };
    const outcome = await this.commands.execute<DraftLicenceCommand, DecisionOutcome<unknown>>(new DraftLicenceCommand(licence, apiWriteMetadata(staff, headers)));
    return licenceWriteResponse(response, licenceId, outcome, { creates: true });
  }
}
