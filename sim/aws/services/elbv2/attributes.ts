/**
 * The attributes DescribeLoadBalancerAttributes lists for a new load balancer of each type, with AWS's
 * defaults (strings, as the API returns them). Access logs, deletion protection and dropping invalid
 * header fields are all off until someone turns them on.
 */
export type LoadBalancerType = 'application' | 'network' | 'gateway';

export const DEFAULT_ATTRIBUTES: Record<LoadBalancerType, Record<string, string>> = {
  application: {
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'connection_logs.s3.enabled': 'false',
    'connection_logs.s3.bucket': '',
    'connection_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    'idle_timeout.timeout_seconds': '60',
    'client_keep_alive.seconds': '3600',
    'load_balancing.cross_zone.enabled': 'true',
    'routing.http.desync_mitigation_mode': 'defensive',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.preserve_host_header.enabled': 'false',
    'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': 'false',
    'routing.http.xff_client_port.enabled': 'false',
    'routing.http.xff_header_processing.mode': 'append',
    'routing.http2.enabled': 'true',
    'waf.fail_open.enabled': 'false',
    'zonal_shift.config.enabled': 'false',
  },
  network: {
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    'load_balancing.cross_zone.enabled': 'false',
    'dns_record.client_routing_policy': 'any_availability_zone',
    'zonal_shift.config.enabled': 'false',
  },
  gateway: {
    'deletion_protection.enabled': 'false',
    'load_balancing.cross_zone.enabled': 'false',
  },
};
