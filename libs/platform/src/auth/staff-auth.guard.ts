import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { SERVICE_ROLES, StaffRole } from '@era/decider';
import { StaffDirectory } from './staff-directory';

/** Every route but the public ones needs `Authorization: Bearer <token>` of a known staff member with a permitted role. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(StaffDirectory) private readonly directory: StaffDirectory,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('a staff bearer token is required (Authorization: Bearer <token>)');
    const staff = this.directory.authenticate(match[1]);
    if (!staff) throw new UnauthorizedException('the bearer token does not belong to any staff member');
    request.staff = staff;
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed ? !allowed.includes(staff.role) : SERVICE_ROLES.includes(staff.role)) {
      throw new ForbiddenException(`the ${staff.role} role may not do this${allowed ? `; allowed: ${allowed.join(', ')}` : ''}`);
    }
    return true;
  }
}
