/**
 * AWS Config (awsJson1_1, signing name `config`): DescribeConfigurationRecorders and
 * DescribeConfigurationRecorderStatus.
 *
 * Estate section `regional[<region>].config` ({@link ConfigSection}): `recorders` in the SDK's (camelCase)
 * ConfigurationRecorder shape, `name` required, each with an optional `status` (recording defaults to true
 * with lastStatus Success, so a recorder written without one is running; write `recording: false` for a
 * stopped one). The handlers fill `arn` (`arn:aws:config:<region>:<account>:configuration-recorder/<name>/
 * <id>`), and answer unknown names with NoSuchConfigurationRecorderException. Neither call is paginated.
 */
import type { ConfigurationRecorder, ConfigurationRecorderStatus, RecordingGroup } from '@aws-sdk/client-config-service';
import type { ResourceGenerator } from '../generator.js';
import { hashSeed } from '../rng.js';
import { SimError, type SimContext, type SimService } from '../service.js';
import { configGenerator } from './config/generator.js';
import { toDate, type Dated } from './rds/dated.js';

export type SimRecorder = ConfigurationRecorder & { name: string; status?: Dated<Omit<ConfigurationRecorderStatus, 'name' | 'arn'>> };

export interface ConfigSection {
  recorders?: SimRecorder[];
}

function recorderArn(ctx: SimContext, name: string): string {
  const id = hashSeed(`${ctx.account.id}/${ctx.region}/${name}`).toString(36).padStart(8, '0');
  return `arn:aws:config:${ctx.region}:${ctx.account.id}:configuration-recorder/${name}/${id}`;
}

/** The group AWS reports: the recording strategy follows from allSupported / the exclusion list when unset. */
function recordingGroup(g: RecordingGroup = {}): RecordingGroup {
  const all = g.allSupported ?? !(g.resourceTypes?.length || g.exclusionByResourceTypes?.resourceTypes?.length);
  const useOnly = all ? 'ALL_SUPPORTED_RESOURCE_TYPES' : g.exclusionByResourceTypes?.resourceTypes?.length ? 'EXCLUSION_BY_RESOURCE_TYPES' : 'INCLUSION_BY_RESOURCE_TYPES';
  return { includeGlobalResourceTypes: false, resourceTypes: [], exclusionByResourceTypes: { resourceTypes: [] }, recordingStrategy: { useOnly }, ...g, allSupported: all };
}

/** The recorders a call asks for (all by default); unknown names fail the whole call, as in AWS. */
function selected(ctx: SimContext, input: { ConfigurationRecorderNames?: string[]; ServicePrincipal?: string; Arn?: string }): SimRecorder[] {
  const all = ctx.regional<ConfigSection>('config').recorders ?? [];
  const names = input.ConfigurationRecorderNames ?? [];
  for (const n of names) if (!all.some((r) => r.name === n)) throw new SimError('NoSuchConfigurationRecorderException', `Cannot find configuration recorder with the specified name '${n}'.`, 400);
  if (input.Arn && !all.some((r) => (r.arn ?? recorderArn(ctx, r.name)) === input.Arn)) throw new SimError('NoSuchConfigurationRecorderException', `Cannot find configuration recorder with the specified ARN '${input.Arn}'.`, 400);
  return all.filter(
    (r) => (!names.length || names.includes(r.name)) && (!input.ServicePrincipal || r.servicePrincipal === input.ServicePrincipal) && (!input.Arn || (r.arn ?? recorderArn(ctx, r.name)) === input.Arn),
  );
}

export const service: SimService = {
  signingName: 'config',
  sdk: '@aws-sdk/client-config-service',
  operations: {
    DescribeConfigurationRecorders(input: { ConfigurationRecorderNames?: string[]; ServicePrincipal?: string; Arn?: string }, ctx) {
      return {
        ConfigurationRecorders: selected(ctx, input).map(({ status: _s, ...r }): ConfigurationRecorder => ({
          recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
          recordingScope: r.servicePrincipal ? 'INTERNAL' : 'PAID',
          ...r,
          recordingGroup: recordingGroup(r.recordingGroup),
          arn: r.arn ?? recorderArn(ctx, r.name),
        })),
      };
    },

    DescribeConfigurationRecorderStatus(input: { ConfigurationRecorderNames?: string[]; ServicePrincipal?: string; Arn?: string }, ctx) {
      return {
        ConfigurationRecordersStatus: selected(ctx, input).map((r): ConfigurationRecorderStatus => {
          const s = r.status ?? {};
          const recording = s.recording ?? true;
          return {
            lastStatus: recording ? 'Success' : undefined,
            ...s,
            name: r.name,
            arn: r.arn ?? recorderArn(ctx, r.name),
            recording,
            lastStartTime: toDate(s.lastStartTime ?? '2024-02-01T00:00:00Z'),
            lastStopTime: toDate(s.lastStopTime ?? (recording ? undefined : '2026-09-15T00:00:00Z')),
            lastStatusChangeTime: toDate(s.lastStatusChangeTime ?? '2026-11-29T06:00:00Z'),
            ...(r.servicePrincipal ? { servicePrincipal: r.servicePrincipal } : {}),
          };
        }),
      };
    },
  },
};

export const generators: ResourceGenerator[] = [configGenerator];
