/**
 * Per-user credential reads: ListAccessKeys, GetAccessKeyLastUsed, ListMFADevices, GetLoginProfile and
 * ListVirtualMFADevices (which, unlike the others, also shows the root user's virtual device).
 */
import { SimError, type SimContext, type SimHandler } from '../../service.js';
import { createdOf, date, iamId, iamOf, type ResolvedIam } from './model.js';
import { iamPage, noSuchEntity } from './paging.js';
import type { IamAccessKey, IamMfaDevice, IamUser } from './section.js';
import { userShape } from './shapes.js';

export function accessKeyId(iam: ResolvedIam, owner: string, k: IamAccessKey, index: number): string {
  return k.AccessKeyId ?? iamId('AKIA', iam.account, `${owner}#${index}`, 20);
}

export function mfaSerial(iam: ResolvedIam, owner: string, d: IamMfaDevice, index: number): string {
  if (d.SerialNumber) return d.SerialNumber;
  if ((d.Type ?? 'virtual') === 'hardware') return `GAHT${iamId('', iam.account, `${owner}#${index}`, 8).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) % 10))}`;
  return `arn:aws:iam::${iam.account}:mfa/${owner}${index ? `-${index + 1}` : ''}`;
}

export function rootMfaSerial(account: string): string {
  return `arn:aws:iam::${account}:mfa/root-account-mfa-device`;
}

function userNamed(iam: ResolvedIam, name: string | undefined): IamUser {
  const u = iam.users.find((x) => x.UserName === name);
  if (!u) throw noSuchEntity(`The user with name ${name} cannot be found.`);
  return u;
}

export const ListAccessKeys: SimHandler = (input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const u = userNamed(iam, input.UserName);
  const p = iamPage(u.AccessKeys ?? [], input);
  return {
    AccessKeyMetadata: p.items.map((k) => ({ UserName: u.UserName, AccessKeyId: accessKeyId(iam, u.UserName, k, (u.AccessKeys ?? []).indexOf(k)), Status: k.Status ?? 'Active', CreateDate: date(k.CreateDate) })),
    IsTruncated: p.IsTruncated,
    Marker: p.Marker,
  };
};

export const GetAccessKeyLastUsed: SimHandler = (input: { AccessKeyId?: string }, ctx) => {
  const iam = iamOf(ctx);
  for (const u of iam.users) {
    const keys = u.AccessKeys ?? [];
    const k = keys.find((x, i) => accessKeyId(iam, u.UserName, x, i) === input.AccessKeyId);
    if (!k) continue;
    const used = date(k.LastUsedDate);
    return { UserName: u.UserName, AccessKeyLastUsed: used ? { LastUsedDate: used, ServiceName: k.LastUsedService ?? 'sts', Region: k.LastUsedRegion ?? 'us-east-1' } : { ServiceName: 'N/A', Region: 'N/A' } };
  }
  throw new SimError('AccessDenied', `User is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${input.AccessKeyId}`, 403);
};

export const ListMFADevices: SimHandler = (input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const u = userNamed(iam, input.UserName);
  const devices = u.MFADevices ?? [];
  const p = iamPage(devices, input);
  return { MFADevices: p.items.map((d) => ({ UserName: u.UserName, SerialNumber: mfaSerial(iam, u.UserName, d, devices.indexOf(d)), EnableDate: date(d.EnableDate) })), IsTruncated: p.IsTruncated, Marker: p.Marker };
};

export const GetLoginProfile: SimHandler = (input: { UserName?: string }, ctx) => {
  const u = userNamed(iamOf(ctx), input.UserName);
  if (!u.LoginProfile) throw noSuchEntity(`Login Profile for User ${u.UserName} cannot be found.`);
  return { LoginProfile: { UserName: u.UserName, CreateDate: date(u.LoginProfile.CreateDate) ?? createdOf(u), PasswordResetRequired: u.LoginProfile.PasswordResetRequired ?? false } };
};

function virtualDevices(ctx: SimContext) {
  const iam = iamOf(ctx);
  const root = iam.section.root;
  const out: Array<Record<string, unknown>> = [];
  if (root?.Mfa === 'virtual')
    out.push({ SerialNumber: rootMfaSerial(iam.account), User: { Path: '/', UserId: iam.account, Arn: `arn:aws:iam::${iam.account}:root`, CreateDate: createdOf(root) }, EnableDate: date(root.MfaEnableDate) ?? createdOf(root) });
  for (const u of iam.users)
    (u.MFADevices ?? []).forEach((d, i) => {
      if ((d.Type ?? 'virtual') === 'virtual') out.push({ SerialNumber: mfaSerial(iam, u.UserName, d, i), User: userShape(iam, u), EnableDate: date(d.EnableDate) });
    });
  // Listed in serial number order, so the root device sits among the users' devices, not always first.
  return out.sort((a, b) => String(a.SerialNumber).localeCompare(String(b.SerialNumber)));
}

/** Every device here is assigned: the estate does not model unassigned virtual devices. */
export const ListVirtualMFADevices: SimHandler = (input: { AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any'; Marker?: string; MaxItems?: number }, ctx) => {
  const devices = input.AssignmentStatus === 'Unassigned' ? [] : virtualDevices(ctx);
  const p = iamPage(devices, input);
  return { VirtualMFADevices: p.items, IsTruncated: p.IsTruncated, Marker: p.Marker };
};
