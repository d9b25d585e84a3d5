import { fail, MissingData, notApplicable, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { LISTENERS_ASPECT, loadBalancerType, needListeners, TYPE_NAMES } from './support/load-balancer.js';
import { minimumTls } from './support/tls-policies.js';

const SECURE = new Set(['HTTPS', 'TLS']);

export const rule: Rule = {
  id: 'aws.elbv2.listener-tls-policy-modern',
  title: 'HTTPS and TLS listeners use a security policy that requires TLS 1.2 or later',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  rationale:
    'TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by PCI DSS or modern browsers. The API still defaults secure listeners to ELBSecurityPolicy-2016-08, which accepts both, so clients can be downgraded to them.',
  remediation: {
    steps: ['Switch each listener to a TLS 1.3 policy with TLS 1.2 fallback, such as ELBSecurityPolicy-TLS13-1-2-2021-06 (or its -Res or PQ variants).'],
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform: 'resource "aws_lb_listener" "https" {\n  # ...\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ELB.17' }],
  version: 1,
  evaluate(asset) {
    const type = loadBalancerType(asset);
    if (type === 'gateway') return notApplicable(`${TYPE_NAMES[type]}s have no TLS listeners`);
    const listeners = needListeners(asset);
    const secure = listeners.map((l, i) => ({ l, i })).filter(({ l }) => SECURE.has(l.Protocol ?? ''));
    if (!secure.length) return notApplicable('The load balancer has no HTTPS or TLS listener');
    const evidence: Evidence[] = [];
    const weak: string[] = [];
    for (const { l, i } of secure) {
      const path = `config.${LISTENERS_ASPECT}[${i}].SslPolicy`;
      const min = l.SslPolicy ? minimumTls(l.SslPolicy) : undefined;
      if (!min) throw new MissingData(`Listener ${l.Protocol}:${l.Port} uses ${l.SslPolicy ?? 'no reported'} policy, whose TLS versions Parapet does not know`, [{ path, observed: l.SslPolicy ?? null, expected: 'a predefined ELB policy' }]);
      evidence.push({ path, observed: `${l.SslPolicy} (TLS ${min}+)`, expected: 'TLS 1.2 or later only' });
      if (min < '1.2') weak.push(`${l.Protocol}:${l.Port} ${l.SslPolicy}`);
    }
    if (weak.length) return fail(`Listeners accept TLS versions older than 1.2: ${weak.join('; ')}`, evidence);
    return pass(`All ${secure.length} secure listeners require TLS 1.2 or later`, evidence);
  },
};
