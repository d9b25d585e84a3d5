import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, type ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';
import type { AwsCollector, CallResult } from '../../collector.js';

/**
 * AWS Config configuration recorders of a region (at most one customer-managed, plus any service-linked
 * ones) from DescribeConfigurationRecorders, with their state (`status`) from one
 * DescribeConfigurationRecorderStatus call for the whole region. Neither call is paginated. A region
 * without a recorder yields no asset: the region-level rule reads that as "Config is off here".
 */
export const recordersCollector: AwsCollector = {
  id: 'aws.config.recorders',
  service: 'config',
  scope: 'regional',
  types: ['AWS::Config::ConfigurationRecorder'],
  permissions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
  async *collect(ctx) {
    const client = ctx.client(ConfigServiceClient);
    for await (const page of ctx.pages(
      'DescribeConfigurationRecorders',
      () => client.send(new DescribeConfigurationRecordersCommand({})),
      () => undefined,
    )) {
      const recorders = (page.ConfigurationRecorders ?? []).filter((r) => r.name);
      ctx.progress(recorders.length);
      if (!recorders.length) return;
      const statuses = await ctx.call('DescribeConfigurationRecorderStatus', () => client.send(new DescribeConfigurationRecorderStatusCommand({})));
      for (const r of recorders) {
        const id = r.arn ?? `arn:${ctx.partition}:config:${ctx.region}:${ctx.account}:configuration-recorder/${r.name}`;
        const asset = ctx.asset({ id, type: 'AWS::Config::ConfigurationRecorder', kind: 'config.recorder', name: r.name! });
        ctx.aspect(asset, 'recorder', { ok: true, value: r });
        ctx.aspect(asset, 'status', statusFor(statuses, r.name!, r.arn));
        yield asset;
      }
    }
  },
};

/** This recorder's entry of the region-wide status call; `null` when the call left it out. */
function statusFor(result: CallResult<{ ConfigurationRecordersStatus?: ConfigurationRecorderStatus[] } | null>, name: string, arn: string | undefined): CallResult<ConfigurationRecorderStatus | null> {
  if (!result.ok) return result;
  const all = result.value?.ConfigurationRecordersStatus ?? [];
  return { ok: true, value: all.find((s) => (arn && s.arn ? s.arn === arn : s.name === name)) ?? null, source: result.source };
}
