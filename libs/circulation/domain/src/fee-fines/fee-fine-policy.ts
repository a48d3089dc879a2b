import { FeeFineCommand } from './commands';

/**
 * The fee/fine actions staff take by hand, each with the permission it needs (FOLIO mod-feesfines
 * `feesfines.accounts.{pay,waive,transfer,refund,cancel}.post`; `charge` is ERA's name for posting a manual charge).
 */
export const FEE_FINE_PERMISSION_OF_ACTION = {
  charge: 'feesfines.accounts.charge.post',
  pay: 'feesfines.accounts.pay.post',
  waive: 'feesfines.accounts.waive.post',
  transfer: 'feesfines.accounts.transfer.post',
  refund: 'feesfines.accounts.refund.post',
  cancel: 'feesfines.accounts.cancel.post',
} as const;

export type FeeFineAction = keyof typeof FEE_FINE_PERMISSION_OF_ACTION;
export type FeeFinePermission = (typeof FEE_FINE_PERMISSION_OF_ACTION)[FeeFineAction];

export const FEE_FINE_ACTIONS = Object.keys(FEE_FINE_PERMISSION_OF_ACTION) as readonly FeeFineAction[];

/** The action a command takes. */
export const ACTION_OF_COMMAND: Readonly<Record<FeeFineCommand['type'], FeeFineAction>> = {
  ChargeFee: 'charge',
  PayFeesFines: 'pay',
  WaiveFeesFines: 'waive',
  TransferFeesFines: 'transfer',
  RefundFeeFine: 'refund',
  CancelFeeFine: 'cancel',
};

/** Which staff roles hold which fee/fine permissions. Roles are plain strings (as recorded); a role not listed holds none. */
export interface FeeFinePolicy {
  readonly permissionsOfRole: Readonly<Record<string, readonly FeeFinePermission[]>>;
}

const P = FEE_FINE_PERMISSION_OF_ACTION;
const EVERY_PERMISSION = Object.values(P);

/**
 * The defaults (issue 11): every desk role takes payments, student assistants included; desk staff and library
 * associates also charge by hand and waive; moving money out of the ledger otherwise (transfer to the bursar or
 * collections, refund, cancel as error) is for the head of the desk, the Scholarly Resources Librarian and admins.
 * Auditors and service accounts take no fee/fine action.
 */
export const DEFAULT_FEE_FINE_POLICY: FeeFinePolicy = {
  permissionsOfRole: {
    student: [P.pay],
    desk: [P.pay, P.charge, P.waive],
    associate: [P.pay, P.charge, P.waive],
    librarian: EVERY_PERMISSION,
    'desk-head': EVERY_PERMISSION,
    admin: EVERY_PERMISSION,
  },
};

export const holdsFeeFinePermission = (policy: FeeFinePolicy, role: string, permission: FeeFinePermission): boolean =>
  Object.hasOwn(policy.permissionsOfRole, role) && policy.permissionsOfRole[role].includes(permission);
