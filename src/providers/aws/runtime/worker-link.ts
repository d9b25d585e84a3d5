import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { DiscoverySink } from './discover.js';
import { fromWireError, type FromWorker, type ToWorker } from './worker-protocol.js';

/**
 * A worker's end of the port to the parallel driver: a sink whose calls become messages, and the scan's base
 * credentials asked of the driver. Scope and coverage resolve once the driver has stored them. Asset
 * batches are sent at once while fewer than `maxUnackedBatches` await the driver's acknowledgement; past
 * that, `assets()` waits, which holds the collector (and so its API calls) back while the store catches up.
 */
export class WorkerLink {
  private nextId = 1;
  private readonly acks = new Map<number, () => void>();
  private readonly credentialRequests = new Map<number, { resolve: (c: AwsCredentialIdentity) => void; reject: (e: Error) => void }>();
  private unacked = 0;
  private readonly slotWaiters: Array<() => void> = [];

  constructor(
    private readonly post: (m: FromWorker) => void,
    private readonly maxUnackedBatches: number,
  ) {}

  /** Asset batches sent and not yet acknowledged. */
  get unackedBatches(): number {
    return this.unacked;
  }

  readonly sink: DiscoverySink = {
    scope: (entries) => this.request((id) => ({ t: 'scope', id, entries })),
    coverage: (entries) => this.request((id) => ({ t: 'coverage', id, entries })),
    assets: async (batch) => {
      while (this.unacked >= this.maxUnackedBatches) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
      this.unacked++;
      const id = this.nextId++;
      this.acks.set(id, () => {
        this.unacked--;
        this.slotWaiters.shift()?.();
      });
      this.post({ t: 'assets', id, batch });
    },
    error: (error) => this.post({ t: 'error', error }),
    event: (event) => this.post({ t: 'event', event }),
  };

  /** The scan's base credentials, resolved by the driver (they may come from a function, SSO, a profile ...). */
  readonly credentials: AwsCredentialIdentityProvider = () =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.credentialRequests.set(id, { resolve, reject });
      this.post({ t: 'credentials', id });
    });

  /** Takes acknowledgements and credentials; false for the messages it does not handle. */
  receive(m: ToWorker): boolean {
    if (m.t === 'ack') {
      const done = this.acks.get(m.id);
      this.acks.delete(m.id);
      done?.();
      return true;
    }
    if (m.t === 'credentials') {
      const r = this.credentialRequests.get(m.id);
      this.credentialRequests.delete(m.id);
      if (m.value) r?.resolve(m.value);
      else r?.reject(fromWireError(m.error ?? { message: 'no credentials' }));
      return true;
    }
    return false;
  }

  /** Sends a message the driver acknowledges once it has handed it to the sink. */
  private request(m: (id: number) => FromWorker): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.acks.set(id, resolve);
      this.post(m(id));
    });
  }
}
