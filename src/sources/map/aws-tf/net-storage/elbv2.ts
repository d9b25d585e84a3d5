/**
 * `aws_lb` / `aws_alb` with their `aws_lb_listener` / `aws_alb_listener`s → `AWS::ElasticLoadBalancingV2::LoadBalancer`
 * (aspects `loadBalancer`, `listeners` and `attributes`, as src/providers/aws/services/elbv2 stores them).
 * `attributes` lists every attribute the rules read with the value the configuration gives it or ELB's
 * default (values are strings, as DescribeLoadBalancerAttributes returns them). A listener's omitted
 * `ssl_policy` is left out (the default ELB picks has changed over time), so the TLS-policy rule says unknown.
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, block, blocks, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, num, placement, ResourceIndex, str } from './common.js';

const LB_TYPES = ['aws_lb', 'aws_alb'];
const LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener'];

/** A known scalar as the string ELB returns; Unknown stays Unknown. */
function attr(v: unknown): string | Unknown {
  return isUnknown(v) ? v : String(v);
}

function attributes(r: IacResource, type: string): Record<string, unknown> {
  const v = r.values;
  const logs = block(v.access_logs);
  const out: Record<string, unknown> = {
    'deletion_protection.enabled': attr(bool(v.enable_deletion_protection, false)),
    'access_logs.s3.enabled': attr(logs ? bool(logs.enabled, false) : false),
    'access_logs.s3.bucket': logs ? attr(str(logs.bucket, '')) : '',
    'access_logs.s3.prefix': logs ? attr(str(logs.prefix, '')) : '',
    'load_balancing.cross_zone.enabled': attr(type === 'application' ? true : bool(v.enable_cross_zone_load_balancing, false)),
  };
  if (isUnknown(v.access_logs)) out['access_logs.s3.enabled'] = v.access_logs;
  if (type === 'application') {
    Object.assign(out, {
      'idle_timeout.timeout_seconds': attr(num(v.idle_timeout, 60)),
      'routing.http.drop_invalid_header_fields.enabled': attr(bool(v.drop_invalid_header_fields, false)),
      'routing.http2.enabled': attr(bool(v.enable_http2, true)),
      'routing.http.desync_mitigation_mode': attr(str(v.desync_mitigation_mode, 'defensive')),
      'routing.http.preserve_host_header.enabled': attr(bool(v.preserve_host_header, false)),
      'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': attr(bool(v.enable_tls_version_and_cipher_suite_headers, false)),
      'routing.http.xff_client_port.enabled': attr(bool(v.enable_xff_client_port, false)),
      'routing.http.xff_header_processing.mode': attr(str(v.xff_header_processing_mode, 'append')),
      'waf.fail_open.enabled': attr(bool(v.enable_waf_fail_open, false)),
    });
  }
  return out;
}

const ACTION_TYPES: Record<string, string> = { forward: 'forward', redirect: 'redirect', 'fixed-response': 'fixed-response', 'authenticate-cognito': 'authenticate-cognito', 'authenticate-oidc': 'authenticate-oidc' };

function action(a: Record<string, unknown>): Record<string, unknown> {
  const type = str(a.type);
  const redirect = block(a.redirect);
  const fixed = block(a.fixed_response);
  return compact({
    Type: isUnknown(type) || type === undefined ? (type ?? new Unknown('action type not set')) : (ACTION_TYPES[type] ?? type),
    Order: ifKnown(num(a.order)),
    RedirectConfig: redirect
      ? compact({ Protocol: str(redirect.protocol, '#{protocol}'), Port: ifKnown(str(redirect.port, '#{port}')), Host: ifKnown(str(redirect.host, '#{host}')), Path: ifKnown(str(redirect.path, '/#{path}')), Query: ifKnown(str(redirect.query, '#{query}')), StatusCode: ifKnown(str(redirect.status_code)) })
      : undefined,
    FixedResponseConfig: fixed ? compact({ StatusCode: ifKnown(str(fixed.status_code)), ContentType: ifKnown(str(fixed.content_type)) }) : undefined,
  });
}

function listener(l: IacResource, lbType: string): Record<string, unknown> {
  const v = l.values;
  const protocol = str(v.protocol, lbType === 'application' ? 'HTTP' : undefined);
  const defaults = v.default_action;
  return compact({
    Port: num(v.port),
    Protocol: protocol ?? new Unknown('listener protocol not set'),
    SslPolicy: ifKnown(str(v.ssl_policy)) || undefined,
    AlpnPolicy: Array.isArray(v.alpn_policy) ? v.alpn_policy : ifKnown(str(v.alpn_policy)) ? [v.alpn_policy] : undefined,
    DefaultActions: isUnknown(defaults) ? defaults : blocks(defaults).map(action),
  });
}

function mapLoadBalancer(r: IacResource, listeners: IacResource[], ctx: MapContext): Asset {
  const v = r.values;
  const name = knownString(v.name);
  const { region, account } = placement(r);
  const tags = awsTags(r);
  const type = str(v.load_balancer_type, 'application');
  const b = new AssetBuilder({ provider: 'aws', id: iacId(r), type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'network.load-balancer', name: name ?? r.address, account, region, tags }, r, ctx, 'elasticloadbalancing');
  b.aspect('loadBalancer', () => {
    const internal = bool(v.internal, false);
    return compact({
      LoadBalancerName: name,
      Type: type,
      Scheme: isUnknown(internal) ? internal : internal ? 'internal' : 'internet-facing',
      IpAddressType: ifKnown(str(v.ip_address_type, 'ipv4')),
      State: { Code: 'active' },
      SecurityGroups: undefined,
    });
  });
  if (isUnknown(type) || type === undefined) {
    const u = isUnknown(type) ? type : new Unknown('load balancer type');
    b.unknown('listeners', u).unknown('attributes', u);
  } else {
    b.aspect('listeners', () => listeners.map((l) => listener(l, type)));
    b.aspect('attributes', () => attributes(r, type));
  }
  return b.build();
}

export const elbv2Mapper: IacMapper = {
  provider: 'aws',
  types: [...LB_TYPES, ...LISTENER_TYPES],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const listenersOf = index.children(LISTENER_TYPES, 'load_balancer_arn', LB_TYPES, ['arn']);
    return index
      .of(...LB_TYPES)
      .filter((r) => r.mode === 'managed')
      .map((r) => mapLoadBalancer(r, listenersOf.get(r) ?? [], ctx));
  },
};
