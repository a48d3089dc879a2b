import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { DefineTerm, VOCABULARY_STREAM, vocabularyDecider } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { VocabularySeeder } from '../shared/vocabulary-seeder';
import { TermWrite } from '../shared/write-accepted';

/** Decided against the defaults first while the log holds no vocabulary: a refusal seeds nothing. */
@Injectable()
export class DefineTermHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly seeder: VocabularySeeder,
  ) {}

  async execute(command: DefineTerm, metadata: AppendMetadata, expectedRevision?: number): Promise<TermWrite> {
    await this.seeder.seedUnlessRefused(metadata, (defaults) => vocabularyDecider.decide(command, defaults, { now: this.commands.now() }));
    return { key: command.data.key, outcome: await this.commands.handle(VOCABULARY_STREAM, vocabularyDecider, command, { metadata, expectedRevision }) };
  }
}
