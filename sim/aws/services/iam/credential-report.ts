/**
 * GenerateCredentialReport / GetCredentialReport. The first Generate starts a report (STARTED); the next
 * Generate finds it done (COMPLETE). Get before any report: ReportNotPresent (410); while generating:
 * ReportInProgress (404); older than four hours: ReportExpired (410). A report younger than four hours is
 * reused by Generate, as AWS does.
 */
import type { AccountEstate } from '../../estate.js';
import { SimError, type SimHandler } from '../../service.js';
import { credentialReportCsv } from './credential-report-csv.js';
import { iamOf } from './model.js';

const REPORT_TTL_MS = 4 * 3600 * 1000;

interface ReportState {
  generatedAt?: Date;
  /** The report as of its generation: users created later are not in it until the next one. */
  csv?: string;
  generating: boolean;
}

const states = new WeakMap<AccountEstate, ReportState>();

function stateOf(account: AccountEstate): ReportState {
  let s = states.get(account);
  if (!s) states.set(account, (s = { generating: false }));
  return s;
}

const fresh = (s: ReportState) => s.generatedAt !== undefined && Date.now() - s.generatedAt.getTime() < REPORT_TTL_MS;

export const GenerateCredentialReport: SimHandler = (_input, ctx) => {
  const s = stateOf(ctx.account);
  if (s.generating) {
    s.generating = false;
    s.generatedAt = new Date();
    s.csv = credentialReportCsv(iamOf(ctx));
    return { State: 'COMPLETE' };
  }
  if (fresh(s)) return { State: 'COMPLETE' };
  s.generating = true;
  return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
};

export const GetCredentialReport: SimHandler = (_input, ctx) => {
  const s = stateOf(ctx.account);
  if (s.generating) throw new SimError('ReportInProgress', 'Report generation in progress', 404);
  if (!s.generatedAt) throw new SimError('ReportNotPresent', 'Credential report not present, please generate one via GenerateCredentialReport', 410);
  if (!fresh(s)) throw new SimError('ReportExpired', 'The most recent credential report has expired. Generate a new one via GenerateCredentialReport', 410);
  return { Content: Buffer.from(s.csv ?? '', 'utf8'), ReportFormat: 'text/csv', GeneratedTime: s.generatedAt };
};
