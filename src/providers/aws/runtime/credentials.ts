import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export interface CredentialOptions {
  /** Named profile (otherwise the standard chain: env, SSO, profiles, web identity, ECS, IMDS). */
  profile?: string;
  /** Role to assume first (`--role-arn`), with an optional external id. */
  roleArn?: string;
  externalId?: string;
  endpoint?: string;
  homeRegion: string;
}

const SESSION = 'parapet-scan';

/** The credentials the scan starts from: the standard chain, optionally through `--role-arn`. */
export function baseCredentials(opts: CredentialOptions, given?: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  const chain = given ?? fromNodeProviderChain(opts.profile ? { profile: opts.profile } : {});
  if (!opts.roleArn) return chain;
  return assumed(chain, opts.roleArn, opts, opts.externalId);
}

/** Credentials for a role assumed from `master`, refreshed by the SDK before they expire. */
export function assumed(master: AwsCredentialIdentityProvider, roleArn: string, opts: Pick<CredentialOptions, 'endpoint' | 'homeRegion'>, externalId?: string): AwsCredentialIdentityProvider {
  return fromTemporaryCredentials({
    masterCredentials: master,
    params: { RoleArn: roleArn, RoleSessionName: SESSION, DurationSeconds: 3600, ...(externalId ? { ExternalId: externalId } : {}) },
    clientConfig: { region: opts.homeRegion, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) },
  });
}

/**
 * One set of credentials per provider, shared by every client of an account and refreshed five minutes
 * before expiry (without this, each client would assume the role on its own).
 */
export function shared(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: Awaited<ReturnType<AwsCredentialIdentityProvider>> | undefined;
  let pending: Promise<Awaited<ReturnType<AwsCredentialIdentityProvider>>> | undefined;
  return async () => {
    if (current && (!current.expiration || current.expiration.getTime() - Date.now() > 300_000)) return current;
    pending ??= provider().then(
      (c) => {
        current = c;
        pending = undefined;
        return c;
      },
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
}
