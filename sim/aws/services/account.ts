/**
 * AWS Account Management (restJson1, signing name `account`; a global service served from us-east-1):
 * GetAlternateContact.
 *
 * Estate section `global.account` ({@link AccountSection}): `alternateContacts` keyed by contact type
 * (BILLING, OPERATIONS, SECURITY) in the AlternateContact shape. A type left out (or null) was never set,
 * and GetAlternateContact answers ResourceNotFoundException for it, as AWS does. Without `AccountId` the
 * call is about the caller's own account; naming another account is allowed only to the organization's
 * management account for one of its members (AWS also requires trusted access, which the simulator takes
 * as given), anything else is an AccessDeniedException.
 */
import type { AlternateContact, AlternateContactType, GetAlternateContactRequest, GetAlternateContactResponse } from '@aws-sdk/client-account';
import type { AccountEstate } from '../estate.js';
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimContext, type SimService } from '../service.js';
import { accountGenerator } from './account/generator.js';

export interface AccountSection {
  alternateContacts?: Partial<Record<AlternateContactType, Omit<AlternateContact, 'AlternateContactType'> | null>>;
}

const TYPES: readonly string[] = ['BILLING', 'OPERATIONS', 'SECURITY'];

/** The account the call is about: the caller's, or a member named by the management account. */
function targetAccount(input: GetAlternateContactRequest, ctx: SimContext): AccountEstate {
  if (input.AccountId === undefined || input.AccountId === ctx.account.id) return ctx.account;
  const org = ctx.estate.organization;
  const target = ctx.estate.accounts.find((a) => a.id === input.AccountId);
  if (!org || org.managementAccountId !== ctx.account.id || !target)
    throw new SimError('AccessDeniedException', `User: ${ctx.principalArn} is not authorized to perform: account:GetAlternateContact on resource: arn:aws:account::${input.AccountId}:account`, 403);
  return target;
}

function getAlternateContact(input: GetAlternateContactRequest, ctx: SimContext): GetAlternateContactResponse {
  const type = input.AlternateContactType;
  if (!type || !TYPES.includes(type)) throw new SimError('ValidationException', `Invalid AlternateContactType: ${String(type)}`, 400);
  const section = (targetAccount(input, ctx).global?.account ?? {}) as AccountSection;
  const contact = section.alternateContacts?.[type];
  if (!contact) throw new SimError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404);
  return { AlternateContact: { ...contact, AlternateContactType: type } };
}

export const service: SimService = {
  signingName: 'account',
  sdk: '@aws-sdk/client-account',
  operations: { GetAlternateContact: getAlternateContact },
};

export const generators: ResourceGenerator[] = [accountGenerator];
