import type { Pricing } from '@azure/arm-security';
import { fail, need, pass, type Rule, unknown } from '../../../../core/rule.js';
import { same } from '../../support/check.js';
import { cis, mcsb, nist } from '../../support/frameworks.js';

export interface PlanSpec {
  /** `azure.defender.<what>` */
  id: string;
  /** The pricing name as pricings.list returns it (`VirtualMachines`, `SqlServers` ...). */
  plan: string;
  /** Human name of the plan: `Defender for Servers`. */
  label: string;
  /** What the plan watches, for the rationale. */
  protects: string;
  /** CIS Azure Foundations v4.0.0 recommendation id. */
  cisControl: string;
  reference: string;
}

/** The per-subscription settings asset holding pricings.list (aspect `defenderPlans`). */
export const PRICINGS_TYPE = 'Microsoft.Security/pricings';

/**
 * A rule that passes when the subscription's Defender plan is on the Standard tier. Every plan in the
 * subscription is listed by pricings.list, so a plan that is missing from a collected list is `unknown`.
 */
export function defenderPlanRule(spec: PlanSpec): Rule {
  return {
    id: spec.id,
    title: `Microsoft ${spec.label} is on (Standard tier) for the subscription`,
    severity: 'medium',
    providers: ['azure'],
    types: [PRICINGS_TYPE],
    rationale: `Without ${spec.label}, Defender for Cloud raises no threat-detection alerts for ${spec.protects}, so attacks on them go unnoticed until the damage shows.`,
    remediation: {
      steps: ['Open Microsoft Defender for Cloud > Environment settings and select the subscription.', `Set the ${spec.label} plan to On and save.`],
      cli: `az security pricing create --name ${spec.plan} --tier Standard`,
      terraform: `resource "azurerm_security_center_subscription_pricing" "${spec.plan.toLowerCase()}" {\n  tier          = "Standard"\n  resource_type = "${spec.plan}"\n}`,
    },
    references: [spec.reference, 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/connect-azure-subscription'],
    compliance: [cis(spec.cisControl), mcsb('LT-1'), nist('SI-4')],
    version: 1,
    evaluate(asset) {
      const plans = need<Pricing[]>(asset, 'defenderPlans');
      const plan = plans.find((p) => same(p.name, spec.plan));
      const evidence = [{ path: `config.defenderPlans[name=${spec.plan}].pricingTier`, observed: plan?.pricingTier ?? null, expected: 'Standard' }];
      if (!plan) return unknown(`The ${spec.plan} plan is not in the subscription's pricing list`, evidence);
      if (same(plan.pricingTier, 'Standard')) return pass(`${spec.label} is on${plan.subPlan ? ` (${plan.subPlan})` : ''}`, evidence);
      return fail(`${spec.label} is off (tier ${plan.pricingTier ?? 'not reported'})`, evidence);
    },
  };
}
