import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { StaffMember, StaffRole } from './staff';

export const PUBLIC_ROUTE = 'era:public';
export const ALLOWED_ROLES = 'era:roles';

/** Open to anyone: health and the API documentation. Everything else needs a staff token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; others get 403 and nothing is appended. */
export const AllowRoles = (...roles: StaffRole[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest {
  staff?: StaffMember;
  headers: Record<string, string | string[] | undefined>;
}

/** The authenticated staff member making the request. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffMember => {
  const staff = context.switchToHttp().getRequest<AuthenticatedRequest>().staff;
  if (!staff) throw new Error('CurrentStaff used on a public route');
  return staff;
});
