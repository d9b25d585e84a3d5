import type { CredentialStore, Principal } from './credentials.js';
import type { AccountEstate, Estate } from './estate.js';
import type { SimContext } from './service.js';

/** The context handlers get; engine services (STS) also see the caller and the credential store. */
export class CallContext implements SimContext {
  constructor(
    readonly estate: Estate,
    readonly account: AccountEstate,
    readonly region: string,
    readonly requestId: string,
    readonly principal: Principal,
    readonly credentials: CredentialStore,
  ) {}

  get principalArn(): string {
    return this.principal.arn;
  }

  global<T = any>(service: string): T {
    return (this.account.global?.[service] ?? {}) as T;
  }

  regional<T = any>(service: string): T {
    return (this.account.regional?.[this.region]?.[service] ?? {}) as T;
  }
}

/** The engine context behind a SimContext (for engine-owned services such as STS). */
export function engineContext(ctx: SimContext): CallContext {
  if (!(ctx instanceof CallContext)) throw new Error('not an engine call context');
  return ctx;
}
