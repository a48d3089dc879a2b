import { Injectable } from '@nestjs/common';
import { REGISTER_COLLECTIONS, SubjectDocument } from '@era/projection-e-resource-register';
import { ReadDocument } from '@era/read-store';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { TermView, termView } from '../register-shared/register-views';

export interface SubjectList extends Reflecting {
  /** By key, each with its best bets in order. */
  subjects: (TermView & { bestBets: string[] })[];
}

@Injectable()
export class ListSubjectsHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(minPosition: number | undefined): Promise<SubjectList> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    const subjects: SubjectList['subjects'] = [];
    for await (const subject of view.findAll<SubjectDocument & ReadDocument>(REGISTER_COLLECTIONS.subjects)) {
      subjects.push({ ...termView(subject), bestBets: subject.bestBets });
    }
    subjects.sort((a, b) => (a.key < b.key ? -1 : 1));
    return { subjects, position: view.position, fresh };
  }
}
