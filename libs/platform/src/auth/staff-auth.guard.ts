import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { StaffMember, StaffRole } from './staff';
import { STAFF_AUTHENTICATION, StaffAuthentication } from './staff-authentication';
import { authenticateToken, bearerTokenOf, roleMayCall } from './bearer-token';

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
    const token = bearerTokenOf(request.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      // Open to anyone, but a public route may tell staff more than strangers (health's detail): say who asks, if known.
      request.staff = token ? await this.staffFor(token).catch(() => undefined) : undefined;
      return true;
    }
    if (!token) throw new UnauthorizedException('a staff bearer token is required (Authorization: Bearer <token>)');
    const staff = await this.staffFor(token);
    request.staff = staff;
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (!roleMayCall(allowed, staff.role)) {
      throw new ForbiddenException(`the ${staff.role} role may not do this${allowed ? `; allowed: ${allowed.join(', ')}` : ''}`);
    }
    return true;
  }

  private async staffFor(token: string): Promise<StaffMember> {
    const outcome = await authenticateToken(this.authentication, token);
    if (outcome?.kind === 'staff') return outcome.staff;
    if (outcome?.kind === 'refused') throw new UnauthorizedException(`the bearer token is refused: ${outcome.reason}`);
    if (outcome?.kind === 'no-role') throw new ForbiddenException(`${outcome.subject} is signed in but has no role in this service; ask for one`);
    throw new UnauthorizedException('the bearer token does not belong to any staff member');
  }
}
