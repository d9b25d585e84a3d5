/**
 * The simulator's OAuth 2.0 token endpoint: the JWT-bearer grant (RFC 7523) that google-auth-library's
 * service-account client uses. The assertion's RS256 signature is verified with the public key of the
 * service account named in `iss` (the key generated at start, or one listed in `estate.gcp.serviceAccounts`);
 * a good assertion gets an opaque access token that API calls must present as `Bearer`.
 */
import { createPublicKey, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto';

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const TOKEN_SECONDS = 3600;

export interface ServiceAccountKeyFile {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  universe_domain: 'googleapis.com';
}

interface Principal {
  email: string;
  keys: Map<string, KeyObject>;
}

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

export class TokenIssuer {
  private readonly principals = new Map<string, Principal>();
  private readonly tokens = new Map<string, { principal: string; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Generates an RSA key for a service account and returns its key file (token_uri = the simulator's). */
  generateKey(email: string, projectId: string, tokenUri: string): ServiceAccountKeyFile {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyId = randomBytes(20).toString('hex');
    this.addKey(email, keyId, publicKey);
    return {
      type: 'service_account',
      project_id: projectId,
      private_key_id: keyId,
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: email,
      client_id: String(100000000000000000000n + BigInt(`0x${keyId.slice(0, 12)}`)),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: tokenUri,
      universe_domain: 'googleapis.com',
    };
  }

  addKey(email: string, keyId: string, publicKey: KeyObject | string): void {
    const p = this.principals.get(email) ?? { email, keys: new Map() };
    p.keys.set(keyId, typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey);
    this.principals.set(email, p);
  }

  /** Issues a token without a grant (impersonation through iamcredentials). */
  issue(principal: string): { token: string; expires: number } {
    const token = `ya29.sim-${randomBytes(24).toString('base64url')}`;
    const expires = this.now() + TOKEN_SECONDS * 1000;
    this.tokens.set(token, { principal, expires });
    return { token, expires };
  }

  /** The principal an access token was issued to, or undefined when it is unknown or expired. */
  principalOf(token: string): string | undefined {
    const t = this.tokens.get(token);
    if (!t || t.expires < this.now()) return undefined;
    return t.principal;
  }

  knows(email: string): boolean {
    return this.principals.has(email);
  }

  /** Answers a POST to the token endpoint (form-encoded body). */
  grant(form: URLSearchParams, tokenUri: string): TokenAnswer {
    const bad = (error: string, description: string): TokenAnswer => ({ status: 400, body: { error, error_description: description } });
    if (form.get('grant_type') !== JWT_BEARER) return bad('unsupported_grant_type', `Invalid grant_type: ${form.get('grant_type') ?? ''}`);
    const assertion = form.get('assertion') ?? '';
    const parts = assertion.split('.');
    if (parts.length !== 3) return bad('invalid_grant', 'Invalid JWT: Token must be a short-lived token and in a reasonable timeframe');
    const [h, p, s] = parts as [string, string, string];
    let header: { alg?: string; kid?: string };
    let claims: { iss?: string; aud?: string; exp?: number; iat?: number; scope?: string };
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return bad('invalid_grant', 'Invalid JWT: the assertion is not JSON');
    }
    if (header.alg !== 'RS256') return bad('invalid_grant', `Invalid JWT: unsupported algorithm ${String(header.alg)}`);
    const principal = claims.iss ? this.principals.get(claims.iss) : undefined;
    if (!principal) return bad('invalid_grant', 'Invalid grant: account not found');
    const keys = header.kid && principal.keys.has(header.kid) ? [principal.keys.get(header.kid)!] : [...principal.keys.values()];
    const signed = Buffer.from(`${h}.${p}`);
    const sig = Buffer.from(s, 'base64url');
    if (!keys.some((k) => verify('RSA-SHA256', signed, k, sig))) return bad('invalid_grant', 'Invalid JWT Signature.');
    if (claims.aud !== GOOGLE_TOKEN_URL && claims.aud !== tokenUri) return bad('invalid_grant', `Invalid JWT: audience ${String(claims.aud)} is not the token endpoint`);
    const nowS = Math.floor(this.now() / 1000);
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp < nowS || claims.iat > nowS + 300 || claims.exp - claims.iat > 3600)
      return bad('invalid_grant', 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.');
    const { token } = this.issue(principal.email);
    return { status: 200, body: { access_token: token, expires_in: TOKEN_SECONDS - 1, token_type: 'Bearer' } };
  }
}
