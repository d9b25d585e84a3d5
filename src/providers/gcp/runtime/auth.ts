/**
 * Credentials for a GCP scan, through google-auth-library: a service-account key file (`--key-file`),
 * else Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud's ADC file, the metadata
 * server); optionally impersonating a service account (`--impersonate-service-account`) via the IAM
 * Service Account Credentials API. Read-only scope.
 *
 * A key file's `token_uri` is honoured: google-auth-library's JWT client always posts its assertion to
 * Google's token URL, so when the key names another token endpoint (the simulator, a private endpoint)
 * the client's transport is pointed there. The JWT grant itself runs unmodified.
 */
import { readFile } from 'node:fs/promises';
import { GoogleAuth, Impersonated, JWT, type AuthClient } from 'google-auth-library';
import { ToolError } from '../../aws/runtime/tool-error.js';
import { rootUrlFor } from './apis.js';

export const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export interface ServiceAccountKey {
  type: string;
  client_email?: string;
  private_key?: string;
  private_key_id?: string;
  token_uri?: string;
  project_id?: string;
}

export interface GcpAuthOptions {
  /** A key file path or its parsed JSON. */
  keyFile?: string | ServiceAccountKey;
  impersonateServiceAccount?: string;
  /** Custom endpoint (see apis.ts): also where the Service Account Credentials API is reached. */
  endpoint?: string;
  scopes?: string[];
}

export interface GcpAuth {
  client: AuthClient;
  /** Who the scan runs as: the service account's email, or `application-default`. */
  principal: string;
}

async function readKey(keyFile: string | ServiceAccountKey, flag: string): Promise<ServiceAccountKey> {
  if (typeof keyFile !== 'string') return keyFile;
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (e) {
    throw new ToolError(`${flag}: cannot read ${keyFile}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as ServiceAccountKey;
  } catch {
    throw new ToolError(`${flag}: ${keyFile} is not a JSON key file`);
  }
}

/** Sends requests for Google's token URL to `tokenUri` instead (the key file's own token endpoint). */
function redirectTokenRequests(client: AuthClient, tokenUri: string): void {
  client.transporter.interceptors.request.add({
    resolved: async (config) => {
      const url = config.url instanceof URL ? config.url.href : String(config.url);
      if (url === GOOGLE_TOKEN_URL) config.url = new URL(tokenUri);
      return config;
    },
  });
}

export async function createGcpAuth(opts: GcpAuthOptions): Promise<GcpAuth> {
  const scopes = opts.scopes ?? [READ_ONLY_SCOPE];
  let client: AuthClient;
  let principal: string;
  // GOOGLE_APPLICATION_CREDENTIALS is read here rather than by GoogleAuth so its key's token_uri is honoured too.
  const envKey = process.env.GOOGLE_APPLICATION_CREDENTIALS || undefined;
  const keyFile = opts.keyFile ?? envKey;
  if (keyFile) {
    const key = await readKey(keyFile, opts.keyFile ? '--key-file' : 'GOOGLE_APPLICATION_CREDENTIALS');
    if (key.type === 'service_account') {
      if (!key.client_email || !key.private_key) throw new ToolError('--key-file: the service-account key has no client_email or private_key');
      const jwt = new JWT({ email: key.client_email, key: key.private_key, keyId: key.private_key_id, scopes });
      if (key.token_uri && key.token_uri !== GOOGLE_TOKEN_URL) redirectTokenRequests(jwt, key.token_uri);
      client = jwt;
      principal = key.client_email;
    } else {
      client = (await new GoogleAuth({ credentials: key as never, scopes }).getClient()) as AuthClient;
      principal = String(key.client_email ?? key.type);
    }
  } else {
    try {
      client = (await new GoogleAuth({ scopes }).getClient()) as AuthClient;
    } catch (e) {
      throw new ToolError(`no usable GCP credentials: ${(e as Error).message.split('\n')[0]}. Run 'gcloud auth application-default login', set GOOGLE_APPLICATION_CREDENTIALS, or pass --key-file.`);
    }
    principal = 'application-default';
  }
  if (opts.impersonateServiceAccount) {
    const iamcredentials = rootUrlFor(opts.endpoint, 'iamcredentials')?.replace(/\/+$/, '');
    client = new Impersonated({
      sourceClient: client,
      targetPrincipal: opts.impersonateServiceAccount,
      targetScopes: scopes,
      lifetime: 3600,
      ...(iamcredentials ? { endpoint: iamcredentials } : {}),
    });
    principal = opts.impersonateServiceAccount;
  }
  return { client, principal };
}
