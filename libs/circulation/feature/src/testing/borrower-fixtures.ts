import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { handleCommand } from '@era/command-handling';
import { ChargeFee, feeFineLedgerDecider, feeFinesStreamId, ItemCheckedOut, ItemCheckedIn } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';

export interface RegistrationBody {
  patronGroup: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  dateOfBirth: string;
  cardNumber: string;
  expiresOn?: string;
  identityDocument?: { type: string; number: string; issuedBy?: string };
  [field: string]: unknown;
}

/** A borrower's registration body, with a distinctive name, e-mail and card number of its own. */
export function registration(overrides: Record<string, unknown> = {}): RegistrationBody {
  const tag = randomUUID().slice(0, 8);
  return {
    patronGroup: 'undergraduate',
    name: `Philippa Quartermaine-${tag}`,
    email: `pq.${tag}@students.example.edu`,
    phone: '+44 20 7946 0958',
    address: '12 Lantern Row, Oxbridge',
    dateOfBirth: '2004-02-29',
    cardNumber: `2900${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`,
    ...overrides,
  };
}

export const externalRegistration = (overrides: Record<string, unknown> = {}): RegistrationBody =>
  registration({
    patronGroup: 'external-borrower',
    expiresOn: '2099-12-31',
    identityDocument: { type: 'passport', number: `P${randomUUID().slice(0, 8).toUpperCase()}`, issuedBy: 'HM Passport Office' },
    ...overrides,
  });

export async function registerBorrower(api: TestApi, body: RegistrationBody = registration()): Promise<{ id: string; body: RegistrationBody }> {
  const response = await api.http().post('/circulation/borrowers').set(api.as(TOKENS.desk)).send(body);
  if (response.status !== 201) throw new Error(`registration answered ${response.status}: ${JSON.stringify(response.body)}`);
  return { id: response.body.id as string, body };
}

const metadata = (): AppendMetadata => ({ actor: { id: 's-desk', role: 'desk' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' });

/**
 * A charge on the borrower's fee/fine ledger through the ledger's decider (the money routes are another slice's), for
 * the erasure's "owes money" rule.
 */
export async function chargeFee(api: TestApi, borrowerId: string, minor: number): Promise<void> {
  const command: ChargeFee = {
    type: 'ChargeFee',
    data: { borrowerId, chargeId: randomUUID(), feeFineType: 'replacement-card-fee', amount: { minor, currency: 'EUR' }, servicePointId: 'main-desk' },
  };
  await handleCommand(api.events, feeFinesStreamId(borrowerId), feeFineLedgerDecider, command, {
    metadata: metadata(),
    context: async () => ({ now: new Date(), staffId: 's-desk' }),
  });
}

/** An item out on the borrower's account as the loans projection sees it (the loans routes are another slice's). */
export async function checkOutDirectly(api: TestApi, borrowerId: string): Promise<{ barcode: string; loanId: string }> {
  const barcode = `B${randomUUID().slice(0, 8)}`;
  const loanId = randomUUID();
  const data: ItemCheckedOut = {
    barcode,
    loanId,
    borrowerId,
    desk: 'main-desk',
    loanDate: new Date().toISOString(),
    dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    loanPolicyId: 'standard',
    action: 'checkedout',
    overrides: [],
  };
  await api.events.append(`circulation-item-${barcode}`, [{ type: 'ItemCheckedOut', data }], { expectedRevision: 'any', metadata: metadata() });
  return { barcode, loanId };
}

export async function checkInDirectly(api: TestApi, barcode: string, loanId: string): Promise<void> {
  const data: ItemCheckedIn = { barcode, desk: 'main-desk', returnDate: new Date().toISOString(), loanId, action: 'checkedin', previousStatus: 'checked out' };
  await api.events.append(`circulation-item-${barcode}`, [{ type: 'ItemCheckedIn', data }], { expectedRevision: 'any', metadata: metadata() });
}

/** Every event payload in the log, as stored (JSON text). */
export async function logText(api: TestApi): Promise<string> {
  const texts: string[] = [];
  for await (const event of api.events.readAll()) texts.push(JSON.stringify(event));
  return texts.join('\n');
}
