/**
 * The credential report as IAM writes it: CSV with AWS's columns, a `<root_account>` row first, ISO 8601
 * timestamps with a +00:00 offset, and the report's markers (N/A, no_information, not_supported).
 */
import { createdOf, date, type ResolvedIam } from './model.js';
import type { IamAccessKey, RootUser } from './section.js';

export const REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
] as const;

const MS_PER_DAY = 86_400_000;

function ts(d: Date | undefined, missing = 'N/A'): string {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, '+00:00') : missing;
}

/** The two access key slots; a user never has more than two keys. */
function keyColumns(keys: IamAccessKey[] | undefined): string[] {
  const out: string[] = [];
  for (const k of [keys?.[0], keys?.[1]]) {
    if (!k) {
      out.push('false', 'N/A', 'N/A', 'N/A', 'N/A');
      continue;
    }
    const used = date(k.LastUsedDate);
    out.push(String((k.Status ?? 'Active') === 'Active'), ts(date(k.CreateDate)), ts(used), used ? (k.LastUsedRegion ?? 'us-east-1') : 'N/A', used ? (k.LastUsedService ?? 'sts') : 'N/A');
  }
  return out;
}

const NO_CERTS = ['false', 'N/A', 'false', 'N/A'];

function rootRow(iam: ResolvedIam, root: RootUser): string[] {
  const hasPassword = root.PasswordEnabled ?? true;
  return [
    '<root_account>', `arn:aws:iam::${iam.account}:root`, ts(createdOf(root)), 'not_supported',
    hasPassword ? ts(date(root.PasswordLastUsed), 'no_information') : 'N/A', 'not_supported', 'not_supported',
    String((root.Mfa ?? 'none') !== 'none'), ...keyColumns(root.AccessKeys), ...NO_CERTS,
  ];
}

function nextRotation(iam: ResolvedIam, changed: Date | undefined): string {
  const policy = iam.section.passwordPolicy;
  if (!changed || !policy?.ExpirePasswords || !policy.MaxPasswordAge) return 'N/A';
  return ts(new Date(changed.getTime() + policy.MaxPasswordAge * MS_PER_DAY));
}

/** IAM names may contain commas (`+=,.@_-` are allowed), so such cells are quoted. */
function cell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function credentialReportCsv(iam: ResolvedIam): string {
  const rows: string[][] = [rootRow(iam, iam.section.root ?? {})];
  for (const u of iam.users) {
    const lp = u.LoginProfile;
    const changed = lp ? (date(lp.PasswordLastChanged) ?? date(lp.CreateDate) ?? createdOf(u)) : undefined;
    rows.push([
      u.UserName, iam.userArn(u), ts(createdOf(u)), String(lp !== undefined),
      lp ? ts(date(u.PasswordLastUsed), 'no_information') : 'N/A', lp ? ts(changed) : 'N/A', lp ? nextRotation(iam, changed) : 'N/A',
      String((u.MFADevices ?? []).length > 0), ...keyColumns(u.AccessKeys), ...NO_CERTS,
    ]);
  }
  return [REPORT_COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n');
}
