import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';
import { AppendMetadata } from '@era/event-store';
import { isLicenceList, LICENCE_LISTS, LICENCE_LISTS_STREAM, LicenceList, LicenceListCommand, licenceListsDecider, TERM_KEY } from '@era/licensing-domain';
import { CommandPath, DomainRefusal, ResponseHeaders } from '@era/platform';
import { LicenceListsSeeder } from './licence-lists-seeder';
import { answerWrite } from './write-response';

/** A list in the path: one of the six, or 404. */
@Injectable()
export class ParseLicenceListPipe implements PipeTransform<string, LicenceList> {
  transform(value: string): LicenceList {
    if (!isLicenceList(value))
      throw new DomainRefusal(404, 'list-not-found', `there is no licence list ${JSON.stringify(value.slice(0, 60))} (lists: ${LICENCE_LISTS.join(', ')})`);
    return value;
  }
}

/** A list value's key in the path: kebab-case, or the request is malformed (a well-formed unknown key is the list's 404). */
@Injectable()
export class ParseListKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.length > 60 || !TERM_KEY.test(value))
      throw new DomainRefusal(400, 'invalid-list-key', 'a list key is kebab-case of 2 to 60 characters, e.g. vendor-terms-and-conditions');
    return value;
  }
}

/** What every write to the licence lists answers; the revision is the lists stream's. */
export class ListValueWriteAccepted {
  @ApiProperty({ example: 'licence-type' }) list!: string;
  @ApiProperty({ example: 'actual' }) key!: string;
  @ApiProperty({ description: 'Lists stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event' }) position!: number;
  @ApiProperty({ description: 'false when nothing new was recorded' }) created!: boolean;
}

/** A write to the lists, decided against the defaults first while the log holds none: a refusal seeds nothing. */
@Injectable()
export class ListValueCommands {
  constructor(
    private readonly commands: CommandPath,
    private readonly seeder: LicenceListsSeeder,
  ) {}

  async handle(command: Exclude<LicenceListCommand, { type: 'SeedLicenceLists' }>, metadata: AppendMetadata, expectedRevision?: number) {
    await this.seeder.seedUnlessRefused(metadata, (defaults) => licenceListsDecider.decide(command, defaults, { now: this.commands.now() }));
    const outcome: CommandOutcome<unknown> = await this.commands.handle(LICENCE_LISTS_STREAM, licenceListsDecider, command, { metadata, expectedRevision });
    return { list: command.data.list, key: command.data.key, outcome };
  }
}

export function listValueWriteResponse(
  response: ResponseHeaders,
  { list, key, outcome }: { list: string; key: string; outcome: CommandOutcome<unknown> },
  options: { creates?: boolean } = {},
): ListValueWriteAccepted {
  answerWrite(response, outcome, options.creates ? { location: `/licence-lists/${list}` } : false);
  return { list, key, revision: outcome.revision, position: outcome.position, created: outcome.appended && !!options.creates };
}
