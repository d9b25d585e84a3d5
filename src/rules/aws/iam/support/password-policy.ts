import { need } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';

/** The account password policy as `GetAccountPasswordPolicy` returns it. */
export interface PasswordPolicy {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  PasswordReusePrevention?: number;
  ExpirePasswords?: boolean;
  MaxPasswordAge?: number;
}

/** The policy, or `null` when the account has none (AWS then applies its default: 8 characters, no reuse check). */
export function passwordPolicy(asset: Asset): PasswordPolicy | null {
  const out = need<{ PasswordPolicy?: PasswordPolicy } | null>(asset, 'policy');
  return out === null ? null : (out.PasswordPolicy ?? {});
}

export const policyPath = (field: string): string => `config.policy.PasswordPolicy.${field}`;
