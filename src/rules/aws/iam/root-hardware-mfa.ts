import { fail, need, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { optionalSummaryValue, summaryPath, summaryValue } from './support/account-summary.js';

/** A virtual MFA device as `ListVirtualMFADevices` returns it (only the root user's are collected). */
interface VirtualMfaDevice {
  SerialNumber?: string;
  User?: { Arn?: string };
}

export const rule: Rule = {
  id: 'aws.iam.root-hardware-mfa',
  title: 'The root user is protected by a hardware MFA device',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::IAM::AccountSummary'],
  rationale:
    'A virtual MFA lives on a phone or laptop with its own attack surface (malware, backups, device loss). ' +
    'A hardware TOTP token or FIDO security key keeps the root user\'s second factor off general-purpose ' +
    'devices. MFA counts as hardware here when the root user has MFA and no virtual device is assigned to it.',
  remediation: {
    steps: [
      'Sign in to the console as the root user and open Security credentials.',
      'Register a FIDO security key or hardware TOTP token under Multi-factor authentication.',
      'Remove the virtual MFA device(s) assigned to the root user.',
    ],
    cli: 'aws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?ends_with(User.Arn, \':root\')].SerialNumber"',
    terraform: '# Root MFA cannot be managed with Terraform; register a hardware device from the root user\'s Security credentials page.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.5' },
    { framework: 'aws-fsbp', control: 'IAM.6' },
  ],
  version: 1,
  evaluate(asset) {
    const mfa = summaryValue(asset, 'AccountMFAEnabled');
    const virtual = need<VirtualMfaDevice[]>(asset, 'rootVirtualMfaDevices');
    const serials = virtual.map((d) => d.SerialNumber ?? '(no serial)');
    const ev: Evidence[] = [
      { path: summaryPath('AccountMFAEnabled'), observed: mfa, expected: 1 },
      { path: 'config.rootVirtualMfaDevices', observed: serials, expected: [] },
    ];
    if (mfa !== 1) {
      const password = optionalSummaryValue(asset, 'AccountPasswordPresent');
      ev.push({ path: summaryPath('AccountPasswordPresent'), observed: password ?? null, expected: 0 });
      if (password === 0) return pass('The root user has no password (root credentials removed), so no MFA device is needed', ev);
      return fail('The root user has no MFA device at all', ev);
    }
    if (serials.length > 0) return fail(`The root user uses a virtual MFA device: ${serials.join(', ')}`, ev);
    return pass('The root user has MFA and no virtual MFA device assigned', ev);
  },
};
