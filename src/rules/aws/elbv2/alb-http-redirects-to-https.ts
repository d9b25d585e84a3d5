import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { LISTENERS_ASPECT, loadBalancerType, needListeners, TYPE_NAMES } from './support/load-balancer.js';

const redirectsToHttps = (actions: Action[] | undefined) => (actions ?? []).some((a) => a.Type === 'redirect' && a.RedirectConfig?.Protocol === 'HTTPS');

export const rule: Rule = {
  id: 'aws.elbv2.alb-http-redirects-to-https',
  title: 'Application Load Balancer HTTP listeners redirect to HTTPS',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  rationale:
    'An HTTP listener that forwards to targets serves the application unencrypted: credentials, cookies and data can be read or altered on the network. Redirecting every HTTP request to HTTPS keeps port 80 open for convenience without serving anything over it.',
  remediation: {
    steps: ['Make sure the load balancer has an HTTPS listener.', "Change each HTTP listener's default action to a redirect to HTTPS (port 443, status 301)."],
    cli: 'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
    terraform: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.example.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ELB.1' }],
  version: 1,
  evaluate(asset) {
    const type = loadBalancerType(asset);
    if (type !== 'application') return notApplicable(`${TYPE_NAMES[type]}s have no HTTP listeners`);
    const listeners = needListeners(asset);
    // Only default actions are collected: listener rules that forward some paths over HTTP are not seen.
    const http = listeners.map((l, i) => ({ l, i })).filter(({ l }) => l.Protocol === 'HTTP');
    if (!http.length) return pass('The load balancer has no HTTP listener', [{ path: `config.${LISTENERS_ASPECT}`, observed: listeners.map((l) => `${l.Protocol}:${l.Port}`), expected: 'no HTTP listener, or one redirecting to HTTPS' }]);
    const evidence: Evidence[] = http.map(({ l, i }) => ({
      path: `config.${LISTENERS_ASPECT}[${i}].DefaultActions`,
      observed: (l.DefaultActions ?? []).map((a) => (a.Type === 'redirect' ? `redirect to ${a.RedirectConfig?.Protocol ?? '#{protocol}'}` : a.Type)),
      expected: 'redirect to HTTPS',
    }));
    const plain = http.filter(({ l }) => !redirectsToHttps(l.DefaultActions)).map(({ l }) => `HTTP:${l.Port}`);
    if (plain.length) return fail(`HTTP listeners do not redirect to HTTPS: ${plain.join(', ')}`, evidence);
    return pass(`All ${http.length} HTTP listeners redirect to HTTPS`, evidence);
  },
};
