/**
 * Benchmark alternate contacts for one account: the collector makes one asset per account (the security
 * contact, or its absence). About 30% of accounts never registered a security contact, the usual state of
 * accounts vended before a landing zone set contacts for everyone.
 */
import type { ResourceGenerator } from '../../generator.js';
import type { AccountSection } from '../account.js';
import { chance } from '../logs/random.js';

export const accountGenerator: ResourceGenerator = {
  service: 'account',
  scope: 'global',
  build(_n, { accountId, rng }) {
    const section: AccountSection = {
      alternateContacts: {
        BILLING: { Name: 'Finance Operations', Title: 'Billing', EmailAddress: 'aws-billing@example.com', PhoneNumber: '+1 206 555 0100' },
        ...(chance(rng, 0.7) ? { SECURITY: { Name: 'Security Operations', Title: 'SOC on call', EmailAddress: `security+${accountId}@example.com`, PhoneNumber: '+1 206 555 0199' } } : {}),
        ...(chance(rng, 0.5) ? { OPERATIONS: { Name: 'Platform Team', Title: 'Operations', EmailAddress: 'platform@example.com', PhoneNumber: '+1 206 555 0142' } } : {}),
      },
    };
    return { section, assets: 1 };
  },
};
