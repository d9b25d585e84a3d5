import type { Rule } from '../../../core/rule.js';
import { rule as imageScanningEnabled } from './image-scanning-enabled.js';
import { rule as lifecyclePolicyConfigured } from './lifecycle-policy-configured.js';
import { rule as repositoryPolicyNotPublic } from './repository-policy-not-public.js';
import { rule as tagImmutabilityEnabled } from './tag-immutability-enabled.js';

export const rules: Rule[] = [imageScanningEnabled, tagImmutabilityEnabled, lifecyclePolicyConfigured, repositoryPolicyNotPublic];
