import { isSeverity, SEVERITIES, STATUSES, type Severity, type Status } from '../core/verdict.js';
import { UsageError } from './exit-codes.js';


import { FORMATS, type ReportFormat } from '../report/index.js';

export type Format = ReportFormat;

export function parseFormat(v: string): Format {
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UsageError(`--format: '${v}' is not one of ${FORMATS.join(', ')}`);
}

export function parseSeverity(flag: string, v: string): Severity {
  if (isSeverity(v)) return v;
  throw new UsageError(`${flag}: '${v}' is not a severity (${SEVERITIES.join(', ')})`);
}

export function parseList(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

export function parseStatuses(v: string | undefined): Status[] | undefined {
  const list = parseList(v);
  for (const s of list ?? []) if (!(STATUSES as readonly string[]).includes(s)) throw new UsageError(`--status: '${s}' is not one of ${STATUSES.join(', ')}`);
  return list as Status[] | undefined;
}

export function parseSeverities(v: string | undefined): Severity[] | undefined {
  const list = parseList(v);
  return list?.map((s) => parseSeverity('--severity', s));
}

export function parseAccounts(flag: string, v: string | undefined): string[] | undefined {
  const list = parseList(v);
  for (const a of list ?? []) if (!/^\d{12}$/.test(a)) throw new UsageError(`${flag}: '${a}' is not a 12-digit AWS account id`);
  return list;
}

export function parseRegions(v: string | undefined): string[] | undefined {
  const list = parseList(v);
  for (const r of list ?? []) if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(r)) throw new UsageError(`--regions: '${r}' is not an AWS region name (like us-east-1)`);
  return list;
}
