/**
 * CloudWatch alarms (awsJson1_0, signing name `monitoring`): DescribeAlarms.
 *
 * Estate section `regional[<region>].monitoring` ({@link MonitoringSection}): metric and composite alarms
 * in SDK shape. The handler fills `AlarmArn` and AWS's defaults (actions enabled, empty action lists,
 * INSUFFICIENT_DATA state, timestamps). Like AWS, only metric alarms are returned unless `AlarmTypes` asks
 * for composite alarms; alphabetical by name, 50 per page by default (`MaxRecords` 1-100), `NextToken`.
 */
import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { alarmsGenerator } from './monitoring/generator.js';

type Timestamps = 'AlarmConfigurationUpdatedTimestamp' | 'StateUpdatedTimestamp' | 'StateTransitionedTimestamp';
type Loose<T> = Omit<T, Timestamps> & { AlarmName: string } & { [K in Timestamps]?: Date | string };

export interface MonitoringSection {
  metricAlarms?: Array<Loose<MetricAlarm>>;
  compositeAlarms?: Array<Loose<CompositeAlarm>>;
}

interface DescribeAlarmsInput {
  AlarmNames?: string[];
  AlarmNamePrefix?: string;
  AlarmTypes?: string[];
  StateValue?: string;
  ActionPrefix?: string;
  MaxRecords?: number;
  NextToken?: string;
}

const UPDATED = '2025-06-01T12:00:00Z';

function withDefaults<T extends Loose<MetricAlarm> | Loose<CompositeAlarm>>(a: T, ctx: SimContext): T & { AlarmArn: string } {
  return {
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: 'INSUFFICIENT_DATA',
    StateReason: 'Unchecked: Initial alarm creation',
    AlarmConfigurationUpdatedTimestamp: UPDATED,
    StateUpdatedTimestamp: UPDATED,
    ...a,
    AlarmArn: `arn:aws:cloudwatch:${ctx.region}:${ctx.account.id}:alarm:${a.AlarmName}`,
  };
}

function matches(a: Loose<MetricAlarm> | Loose<CompositeAlarm>, input: DescribeAlarmsInput): boolean {
  if (input.AlarmNames?.length && !input.AlarmNames.includes(a.AlarmName)) return false;
  if (input.AlarmNamePrefix && !a.AlarmName.startsWith(input.AlarmNamePrefix)) return false;
  if (input.StateValue && (a.StateValue ?? 'INSUFFICIENT_DATA') !== input.StateValue) return false;
  if (input.ActionPrefix && ![...(a.AlarmActions ?? []), ...(a.OKActions ?? []), ...(a.InsufficientDataActions ?? [])].some((x) => x.startsWith(input.ActionPrefix!))) return false;
  return true;
}

export const service: SimService = {
  signingName: 'monitoring',
  sdk: '@aws-sdk/client-cloudwatch',
  operations: {
    DescribeAlarms(input: DescribeAlarmsInput, ctx) {
      if (input.MaxRecords !== undefined && (input.MaxRecords < 1 || input.MaxRecords > 100))
        throw new SimError('InvalidParameterValue', `The value ${input.MaxRecords} for parameter MaxRecords is not valid.`, 400);
      if (input.AlarmNames?.length && input.AlarmNamePrefix)
        throw new SimError('InvalidParameterCombination', 'AlarmNamePrefix and AlarmNames cannot be specified together.', 400);
      const s = ctx.regional<MonitoringSection>('monitoring');
      const types = input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'];
      const all = [
        ...(types.includes('MetricAlarm') ? (s.metricAlarms ?? []).map((a) => ({ kind: 'metric' as const, a })) : []),
        ...(types.includes('CompositeAlarm') ? (s.compositeAlarms ?? []).map((a) => ({ kind: 'composite' as const, a })) : []),
      ]
        .filter((x) => matches(x.a, input))
        .sort((x, y) => (x.a.AlarmName < y.a.AlarmName ? -1 : x.a.AlarmName > y.a.AlarmName ? 1 : 0));
      const p = page(all, input.NextToken, input.MaxRecords, 50);
      return {
        MetricAlarms: p.items.filter((x) => x.kind === 'metric').map((x) => withDefaults(x.a, ctx)),
        CompositeAlarms: p.items.filter((x) => x.kind === 'composite').map((x) => withDefaults(x.a, ctx)),
        NextToken: p.next,
      };
    },
  },
};

export const generators: ResourceGenerator[] = [alarmsGenerator];
