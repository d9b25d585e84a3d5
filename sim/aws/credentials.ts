/**
 * Who is calling: static credentials from the estate (a default one for the management account when the
 * estate names none) and temporary credentials minted by STS AssumeRole, each tied to an account and a
 * principal ARN.
 */
import { randomBytes } from 'node:crypto';
import type { AccountEstate, Estate } from './estate.js';
import type { SignedScope } from './sigv4.js';

export interface Principal {
  accessKeyId: string;
  account: AccountEstate;
  arn: string;
  /** `AIDA...` for users, `AROA...:session` for assumed roles. */
  userId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Epoch ms. */
  expiration?: number;
}

export type Resolution = { principal: Principal } | { error: 'invalid' | 'expired' };

export interface StaticCredential {
  accessKeyId: string;
  secretAccessKey: string;
  account: string;
  arn?: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomId(n: number): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[bytes[i]! % 32];
  return s;
}

/** Deterministic id material from an account id (`AKIA` + 16 chars). */
function keyFor(prefix: string, account: string): string {
  return `${prefix}${`SIM${account}`.replace(/[^A-Z0-9]/gi, '').toUpperCase().padEnd(16, 'X').slice(0, 16)}`;
}

/** The credentials an estate accepts: its own, or one generated for the management (or first) account. */
export function estateCredentials(estate: Estate): StaticCredential[] {
  if (estate.credentials?.length) return estate.credentials;
  const account = estate.organization?.managementAccountId ?? estate.accounts[0]?.id;
  if (!account) return [];
  return [{ accessKeyId: keyFor('AKIA', account), secretAccessKey: `parapet-simulator-secret-${account}`, account }];
}

export class CredentialStore {
  private readonly byKey = new Map<string, Principal>();
  readonly accounts = new Map<string, AccountEstate>();
  readonly primary: StaticCredential | undefined;

  constructor(estate: Estate) {
    for (const a of estate.accounts) this.accounts.set(a.id, a);
    const creds = estateCredentials(estate);
    this.primary = creds[0];
    for (const c of creds) {
      const account = this.accounts.get(c.account);
      if (!account) throw new Error(`estate credential ${c.accessKeyId} names unknown account ${c.account}`);
      this.byKey.set(c.accessKeyId, {
        accessKeyId: c.accessKeyId,
        account,
        arn: c.arn ?? `arn:aws:iam::${c.account}:user/parapet`,
        userId: keyFor('AIDA', c.account),
        secretAccessKey: c.secretAccessKey,
      });
    }
  }

  resolve(scope: SignedScope): Resolution {
    const p = this.byKey.get(scope.accessKeyId);
    if (!p) return { error: 'invalid' };
    if (p.sessionToken !== undefined) {
      if (scope.sessionToken !== p.sessionToken) return { error: 'invalid' };
      if (p.expiration !== undefined && p.expiration < Date.now()) return { error: 'expired' };
    }
    return { principal: p };
  }

  /** Temporary credentials for an assumed role session. */
  mint(account: AccountEstate, roleArn: string, sessionName: string, durationSeconds: number): Principal {
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
    const roleId = keyFor('AROA', `${account.id}${roleName}`);
    const p: Principal = {
      accessKeyId: `ASIA${randomId(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(96).toString('base64'),
      expiration: Date.now() + durationSeconds * 1000,
      account,
      arn: `arn:aws:sts::${account.id}:assumed-role/${roleName}/${sessionName}`,
      userId: `${roleId}:${sessionName}`,
    };
    this.byKey.set(p.accessKeyId, p);
    return p;
  }
}
