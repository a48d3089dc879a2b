import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { SERVICE_ROLES } from '@era/decider';
import { StaffMember, StaffRole } from './staff';
import { STAFF_AUTHENTICATION, StaffAuthentication } from './staff-authentication';

/** Every route but the public ones needs `Authorization: Bearer <token>` of a known staff member with a permitted role. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(STAFF_AUTHENTICATION) private readonly authentication: StaffAuthentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      // Open to anyone, but a public route may tell staff more than strangers (health's detail): say who asks, if known.
      request.staff = match ? await this.staffFor(match[1]).catch(() => undefined) : undefined;
      return true;
    }
    if (!match) throw new UnauthorizedException('a staff bearer token is required (Authorization: Bearer <token>)');
    const staff = await this.staffFor(match[1]);
    request.staff = staff;
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed ? !allowed.includes(staff.role) : SERVICE_ROLES.includes(staff.role)) {
      throw new ForbiddenException(`the ${staff.role} role may not do this${allowed ? `; allowed: ${allowed.join(', ')}` : ''}`);
    }
    return true;
  }

  private async staffFor(token: string): Promise<StaffMember> {
    for (const authenticator of this.authentication.authenticators) {
      const outcome = await authenticator.authenticate(token);
      if (outcome?.kind === 'staff') return outcome.staff;
      if (outcome?.kind === 'refused') throw new UnauthorizedException(`the bearer token is refused: ${outcome.reason}`);
      if (outcome?.kind === 'no-role') throw new ForbiddenException(`${outcome.subject} is signed in but has no role in this service; ask for one`);
    }
    throw new UnauthorizedException('the bearer token does not belong to any staff member');
  }
}
