/**
 * The credential a scan runs as: explicit (tests, embedding), a client secret for a given authority host
 * (the simulator, sovereign clouds), or DefaultAzureCredential (environment, workload identity, managed
 * identity, Azure CLI ...). Every path goes through @azure/identity's real code, MSAL included.
 */
import type { TokenCredential } from '@azure/core-auth';
import { ClientSecretCredential, DefaultAzureCredential } from '@azure/identity';
import { pipelineOptions, type AzureConnection } from './client-options.js';

export interface CredentialOptions extends AzureConnection {
  credential?: TokenCredential;
  tenantId?: string;
  authorityHost?: string;
  clientId?: string;
  clientSecret?: string;
}

export function azureCredential(opts: CredentialOptions): TokenCredential {
  if (opts.credential) return opts.credential;
  const identity = {
    ...pipelineOptions(opts),
    ...(opts.authorityHost ? { authorityHost: opts.authorityHost } : {}),
    // Instance discovery asks login.microsoftonline.com about the authority: wrong for private hosts.
    ...(opts.authorityHost && !/login\.microsoftonline\.com/i.test(opts.authorityHost) ? { disableInstanceDiscovery: true } : {}),
  };
  const tenantId = opts.tenantId ?? process.env.AZURE_TENANT_ID;
  const clientId = opts.clientId ?? process.env.AZURE_CLIENT_ID;
  const secret = opts.clientSecret ?? process.env.AZURE_CLIENT_SECRET;
  if (tenantId && clientId && secret) return new ClientSecretCredential(tenantId, clientId, secret, identity);
  return new DefaultAzureCredential({ ...identity, ...(tenantId ? { tenantId } : {}) });
}
