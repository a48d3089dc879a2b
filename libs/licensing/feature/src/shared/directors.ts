import { Injectable } from '@nestjs/common';
import { DomainRefusal, LICENCE_DIRECTORS, StaffDirectory } from '@era/platform';

/** "As directed by" must name someone who may direct licence work: the Scholarly Resources Librarian or an admin. */
@Injectable()
export class Directors {
  constructor(private readonly staff: StaffDirectory) {}

  requireDirector(staffId: string | undefined): void {
    if (staffId === undefined) return;
    const member = this.staff.findById(staffId);
    if (!member || !LICENCE_DIRECTORS.includes(member.role)) {
      throw new DomainRefusal(
        422,
        'unknown-director',
        `directedBy ${JSON.stringify(staffId)} does not name a staff member who directs licence work (roles: ${LICENCE_DIRECTORS.join(', ')})`,
      );
    }
  }
}
