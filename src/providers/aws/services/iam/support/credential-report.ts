import { setTimeout as sleep } from 'node:timers/promises';
import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { AwsCollectContext, CallResult } from '../../../collector.js';
import { csvRecords } from './csv.js';

/** GetCredentialReport with its CSV parsed into rows keyed by AWS's column names. */
export interface CredentialReport {
  GeneratedTime?: Date;
  ReportFormat?: string;
  Rows: Array<Record<string, string>>;
}

/** Errors that mean "no usable report yet": generate (again) and poll. */
const NOT_READY = ['ReportNotPresent', 'ReportExpired', 'ReportInProgress'];

/**
 * Waits between GenerateCredentialReport polls: doubling from half a second, capped at 8 s, about 70 s in
 * all. Small accounts are ready on the second poll; the bound keeps a stuck generation from stalling a scan.
 */
export const POLL_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000];

/**
 * Generates (or reuses, when AWS has one under four hours old) the account's credential report and reads
 * it. Expected "not ready" states are polled, not recorded as errors; a denial, or a report still not
 * ready after the last poll, comes back as the failed call with its real AWS error.
 */
export async function fetchCredentialReport(ctx: AwsCollectContext, iam: IAMClient): Promise<CallResult<CredentialReport>> {
  for (let attempt = 0; ; attempt++) {
    const generated = await ctx.call('GenerateCredentialReport', () => iam.send(new GenerateCredentialReportCommand({})));
    if (!generated.ok) return generated;
    const lastTry = attempt >= POLL_DELAYS_MS.length;
    if (generated.value?.State === 'COMPLETE' || lastTry) {
      const got = await ctx.call('GetCredentialReport', () => iam.send(new GetCredentialReportCommand({})), lastTry ? {} : { absentOn: NOT_READY });
      if (!got.ok) return got;
      if (got.value) {
        const { GeneratedTime, ReportFormat, Content } = got.value;
        return { ok: true, value: { GeneratedTime, ReportFormat, Rows: csvRecords(Buffer.from(Content ?? new Uint8Array()).toString('utf8')) }, source: got.source };
      }
    }
    // An aborted wait ends early; the next call then reports the abort as the failure.
    await sleep(POLL_DELAYS_MS[attempt] ?? 0, undefined, { signal: ctx.signal }).catch(() => undefined);
  }
}
