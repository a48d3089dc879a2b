/**
 * The blocks staff may override (FOLIO mod-circulation `OverridableBlockType`), each with the permission it needs.
 * `requestPatronBlock` is ERA's own: FOLIO lets the patron-block permission override a request too; here a hold
 * placed over a patron block has its own type and permission so that a library can allow one without the other.
 */
export const OVERRIDE_PERMISSION_OF_BLOCK = {
  patronBlock: 'circulation.override-patron-block.post',
  itemLimitBlock: 'circulation.override-item-limit-block.post',
  itemNotLoanableBlock: 'circulation.override-item-not-loanable-block.post',
  renewalBlock: 'circulation.override-renewal-block.post',
  // FOLIO: a renewal whose policy cannot compute a due date is overridden under the renewal permission.
  renewalDueDateRequiredBlock: 'circulation.override-renewal-block.post',
  requestPatronBlock: 'circulation.override-request-patron-block.post',
} as const;

export type OverridableBlockType = keyof typeof OVERRIDE_PERMISSION_OF_BLOCK;
export type OverridePermission = (typeof OVERRIDE_PERMISSION_OF_BLOCK)[OverridableBlockType];

export const OVERRIDABLE_BLOCK_TYPES = Object.keys(OVERRIDE_PERMISSION_OF_BLOCK) as readonly OverridableBlockType[];
export const OVERRIDE_PERMISSIONS = [...new Set(Object.values(OVERRIDE_PERMISSION_OF_BLOCK))] as readonly OverridePermission[];

export const isOverridableBlockType = (value: unknown): value is OverridableBlockType =>
  typeof value === 'string' && (OVERRIDABLE_BLOCK_TYPES as readonly string[]).includes(value);

/** The block types that need a due date with the override: the rule cannot compute one (FOLIO override-blocks.json). */
export const DUE_DATE_REQUIRED: readonly OverridableBlockType[] = ['itemNotLoanableBlock', 'renewalDueDateRequiredBlock'];

/** Renewal overrides say so when their comment is missing (FOLIO OVERRIDE_RENEWAL_COMMENT_REQUIRED). */
export const RENEWAL_OVERRIDES: readonly OverridableBlockType[] = ['renewalBlock', 'renewalDueDateRequiredBlock'];

/** Which staff roles hold which override permissions. Roles are plain strings (as recorded); a role not listed holds none. */
export interface OverridePolicy {
  readonly permissionsOfRole: Readonly<Record<string, readonly OverridePermission[]>>;
}

const P = OVERRIDE_PERMISSION_OF_BLOCK;

/**
 * The defaults (issue 11): student assistants override nothing; desk staff (and library associates) override patron
 * blocks, holds over patron blocks and renewal limits; the head of the desk, the Scholarly Resources Librarian and
 * admins also override the loan policy's item limits; only the head of the desk and admins override a non-loanable
 * item. Auditors and service accounts never override.
 */
export const DEFAULT_OVERRIDE_POLICY: OverridePolicy = {
  permissionsOfRole: {
    student: [],
    desk: [P.patronBlock, P.requestPatronBlock, P.renewalBlock],
    associate: [P.patronBlock, P.requestPatronBlock, P.renewalBlock],
    librarian: [P.patronBlock, P.requestPatronBlock, P.renewalBlock, P.itemLimitBlock],
    'desk-head': [...OVERRIDE_PERMISSIONS],
    admin: [...OVERRIDE_PERMISSIONS],
  },
};

export const holdsPermission = (policy: OverridePolicy, role: string, permission: OverridePermission): boolean =>
  Object.hasOwn(policy.permissionsOfRole, role) && policy.permissionsOfRole[role].includes(permission);
