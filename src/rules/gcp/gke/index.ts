import type { Rule } from '../../../core/rule.js';
import { rule as controlPlaneAuthorizedNetworks } from './control-plane-authorized-networks.js';
import { rule as controlPlanePrivateEndpoint } from './control-plane-private-endpoint.js';
import { rule as legacyAbacDisabled } from './legacy-abac-disabled.js';
import { rule as networkPolicyEnabled } from './network-policy-enabled.js';

/** GKE hardening outside the CIS Foundations benchmark (which has no GKE section): NIST mappings only. */
export const rules: Rule[] = [legacyAbacDisabled, controlPlaneAuthorizedNetworks, controlPlanePrivateEndpoint, networkPolicyEnabled];
