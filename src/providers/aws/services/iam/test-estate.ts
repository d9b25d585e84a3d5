/** Estates for the IAM collector tests (test-only). Ages are relative to the real clock, as rules use it. */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { IamSection, IamUser } from '../../../../../sim/aws/services/iam.js';

export const ACCOUNT = '111111111111';

const DAY = 86_400_000;
export const daysAgo = (d: number): string => new Date(Date.now() - d * DAY).toISOString();

/** One account with the given IAM section. */
export function iamEstate(iam: IamSection): Estate {
  return { accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1'], global: { iam }, regional: {} }] };
}

/** A console user with MFA and one fresh key in use: passes every user rule. */
export function goodUser(UserName: string): IamUser {
  return {
    UserName,
    CreateDate: daysAgo(400),
    Groups: ['developers'],
    LoginProfile: { CreateDate: daysAgo(400) },
    PasswordLastUsed: daysAgo(2),
    MFADevices: [{ Type: 'virtual', EnableDate: daysAgo(400) }],
    AccessKeys: [{ Status: 'Active', CreateDate: daysAgo(20), LastUsedDate: daysAgo(1), LastUsedService: 's3', LastUsedRegion: 'us-east-1' }],
  };
}

/** `n` programmatic users (one key each), for pagination. */
export function manyUsers(n: number, prefix = 'svc'): IamUser[] {
  return Array.from({ length: n }, (_, i) => ({ UserName: `${prefix}-${String(i).padStart(5, '0')}`, CreateDate: daysAgo(100), AccessKeys: [{ CreateDate: daysAgo(30) }] }));
}
