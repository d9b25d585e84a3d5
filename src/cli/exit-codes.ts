/** Exit codes: scripts rely on these. Documented in the README. */
export const EXIT = {
  /** Completed; nothing at or above --fail-on. */
  ok: 0,
  /** Completed; at least one failing finding at or above --fail-on (policy failed). */
  policyFailed: 1,
  /** The tool failed: bad flags or input, no credentials, unreachable endpoint, internal error. */
  toolFailed: 2,
  /** Interrupted (SIGINT/SIGTERM). */
  interrupted: 130,
} as const;

/** A usage or environment problem reported as one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
