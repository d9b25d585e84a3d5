/** Shared fixtures for the simulator's own tests (real SDK clients against a running simulator). */
import type { Estate } from './estate.js';
import type { Simulator } from './server.js';

export const MGMT = '111111111111';
export const MEMBER = '222222222222';

/** Two accounts in an organization; extra sections merged into the management account. */
export function tinyEstate(mgmt: Partial<Estate['accounts'][number]> = {}, extra: Partial<Estate> = {}): Estate {
  return {
    organization: { id: 'o-abc123def4', managementAccountId: MGMT, memberRoleName: 'OrganizationAccountAccessRole' },
    accounts: [
      { id: MGMT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: {}, ...mgmt },
      { id: MEMBER, name: 'member', regions: ['us-east-1', 'af-south-1'], global: { iam: { roles: [{ RoleName: 'Auditor', ExternalId: 'ext-1' }] } }, regional: {} },
    ],
    ...extra,
  };
}

/** SDK client config for the simulator (no retries: every call is one request). */
export function sdkConfig(sim: Simulator, region = 'us-east-1') {
  return { endpoint: sim.endpoint, region, credentials: sim.credentials, maxAttempts: 1 };
}

/** The error a promise rejects with (fails when it resolves). */
export async function failure(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}
