/**
 * A minimal Microsoft Entra ID for the client-credentials flow, enough for MSAL (inside @azure/identity's
 * ClientSecretCredential) to run unmodified: OpenID discovery, instance discovery, and the v2.0 token
 * endpoint. Tokens are opaque random strings the ARM side checks; errors carry AADSTS codes as Entra does.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AzureEstate } from './estate.js';

export interface EntraAnswer {
  status: number;
  body: unknown;
}

interface Issued {
  clientId: string;
  tenantId: string;
  expiresAt: number;
}

const TOKEN_LIFETIME_S = 3599;

export class Entra {
  private readonly tokens = new Map<string, Issued>();

  constructor(private readonly estate: AzureEstate) {}

  /** Answers an Entra request, or undefined when the path is not one of Entra's. */
  handle(method: string, path: string, base: string, form: URLSearchParams): EntraAnswer | undefined {
    const parts = path.split('/').filter(Boolean);
    const tenant = parts[0] ?? '';
    const rest = parts.slice(1).join('/').toLowerCase();
    if (method === 'GET' && rest === 'discovery/instance') return this.instanceDiscovery(base, tenant);
    if (method === 'GET' && (rest === 'v2.0/.well-known/openid-configuration' || rest === '.well-known/openid-configuration')) return this.openid(base, tenant);
    if (method === 'POST' && rest === 'oauth2/v2.0/token') return this.token(tenant, form);
    return undefined;
  }

  /** The caller of a bearer token, or undefined when the token is unknown or expired. */
  caller(authorization: string | undefined): Issued | undefined {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const issued = m ? this.tokens.get(m[1]!) : undefined;
    return issued && issued.expiresAt > Date.now() ? issued : undefined;
  }

  private knownTenant(tenant: string): boolean {
    const t = tenant.toLowerCase();
    return t === this.estate.tenantId.toLowerCase() || t === 'organizations' || t === 'common';
  }

  private openid(base: string, tenant: string): EntraAnswer {
    if (!this.knownTenant(tenant)) return aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
    const t = this.estate.tenantId;
    return {
      status: 200,
      body: {
        token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/${t}/v2.0`,
        request_uri_parameter_supported: false,
        authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/${t}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
        tenant_region_scope: 'EU',
        cloud_instance_name: 'parapet.sim',
        cloud_graph_host_name: 'graph.parapet.sim',
        msgraph_host: 'graph.parapet.sim',
      },
    };
  }

  private instanceDiscovery(base: string, tenant: string): EntraAnswer {
    const host = new URL(base).host;
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${base}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      },
    };
  }

  private token(tenant: string, form: URLSearchParams): EntraAnswer {
    if (tenant.toLowerCase() !== this.estate.tenantId.toLowerCase())
      return aadError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
    if (form.get('grant_type') !== 'client_credentials') return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'. The simulator supports client_credentials.`);
    const clientId = form.get('client_id') ?? '';
    const client = this.estate.clients.find((c) => c.clientId.toLowerCase() === clientId.toLowerCase());
    if (!client)
      return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant.`);
    if (form.get('client_secret') !== client.clientSecret)
      return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`);
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { clientId: client.clientId, tenantId: this.estate.tenantId, expiresAt: Date.now() + TOKEN_LIFETIME_S * 1000 });
    return { status: 200, body: { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S, ext_expires_in: TOKEN_LIFETIME_S, access_token: token } };
  }
}

function aadError(status: number, error: string, code: number, description: string): EntraAnswer {
  const trace = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${trace} Correlation ID: ${trace} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: trace,
      correlation_id: trace,
    },
  };
}
