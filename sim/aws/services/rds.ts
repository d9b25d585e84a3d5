/**
 * Amazon RDS (awsQuery, signing name `rds`): DB instances, DB clusters, manual and automated DB (cluster)
 * snapshots and their sharing attributes.
 *
 * Estate section `regional[<region>].rds` ({@link RdsSection}): records in the SDK's shapes (PascalCase),
 * dates as Date or ISO strings. The handlers fill what RDS computes (ARNs `arn:aws:rds:<region>:<account>:
 * db|cluster|snapshot|cluster-snapshot:<id>`, resource ids, endpoints, DBClusterMembers from the instances
 * naming the cluster) and the defaults it reports for unset settings. Listings page with `Marker` and
 * `MaxRecords` (default 100, allowed 20..100) in identifier order, as RDS does.
 */
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { rdsGenerator } from './rds/generator.js';
import { dbCluster, dbClusterSnapshot, dbInstance, dbSnapshot, type SimDBCluster, type SimDBClusterSnapshot, type SimDBInstance, type SimDBSnapshot } from './rds/shapes.js';

export interface RdsSection {
  instances?: SimDBInstance[];
  clusters?: SimDBCluster[];
  /** Manual and automated DB snapshots (`SnapshotType`, default `manual`); `restore` = sharing attribute values. */
  snapshots?: SimDBSnapshot[];
  clusterSnapshots?: SimDBClusterSnapshot[];
}

interface Paged {
  MaxRecords?: number;
  Marker?: string;
}

const DEFAULT_PAGE = 100;

function maxRecords(v: number | undefined): number | undefined {
  if (v !== undefined && (v < 20 || v > 100)) throw new SimError('InvalidParameterValue', `Invalid value ${v} for MaxRecords. Must be between 20 and 100`, 400);
  return v;
}

function listing<T>(items: T[], input: Paged, key: string, wrap: (t: T) => unknown): Record<string, unknown> {
  const p = page(items, input.Marker, maxRecords(input.MaxRecords), DEFAULT_PAGE);
  return { [key]: p.items.map(wrap), Marker: p.next };
}

/** Listings come back in identifier order; sorted once per section array, not per page. */
const sortCache = new WeakMap<object, unknown[]>();
function sorted<T>(items: T[] | undefined, id: (t: T) => string): T[] {
  if (!items) return [];
  let out = sortCache.get(items) as T[] | undefined;
  if (!out) sortCache.set(items, (out = [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))));
  return out;
}

/** Snapshots by identifier, built once per section array (attribute calls come one per snapshot). */
const idCache = new WeakMap<object, Map<string, unknown>>();
function byId<T>(items: T[] | undefined, id: (t: T) => string, wanted: string | undefined): T | undefined {
  if (!items || wanted === undefined) return undefined;
  let ix = idCache.get(items) as Map<string, T> | undefined;
  if (!ix) idCache.set(items, (ix = new Map(items.map((t) => [id(t), t]))));
  return ix.get(wanted);
}
const section = (ctx: SimContext): RdsSection => ctx.regional<RdsSection>('rds');
const where = (ctx: SimContext) => ({ region: ctx.region, account: ctx.account.id });

/** Instances grouped by the cluster they belong to (RDS derives DBClusterMembers from them). */
const memberCache = new WeakMap<object, Map<string, SimDBInstance[]>>();
function membersOf(instances: SimDBInstance[] | undefined): Map<string, SimDBInstance[]> {
  if (!instances) return new Map();
  let m = memberCache.get(instances);
  if (!m) {
    m = new Map();
    for (const i of sorted(instances, (x) => x.DBInstanceIdentifier)) if (i.DBClusterIdentifier) m.set(i.DBClusterIdentifier, [...(m.get(i.DBClusterIdentifier) ?? []), i]);
    memberCache.set(instances, m);
  }
  return m;
}

/** Snapshots of a given SnapshotType; without one RDS returns manual and automated (not shared/public). */
function ofType<T extends { SnapshotType?: string }>(items: T[], type: string | undefined): T[] {
  return items.filter((s) => (type ? (s.SnapshotType ?? 'manual') === type : ['manual', 'automated'].includes(s.SnapshotType ?? 'manual')));
}

export const service: SimService = {
  signingName: 'rds',
  sdk: '@aws-sdk/client-rds',
  operations: {
    DescribeDBInstances(input: Paged & { DBInstanceIdentifier?: string }, ctx) {
      let items = sorted(section(ctx).instances, (i) => i.DBInstanceIdentifier);
      if (input.DBInstanceIdentifier) {
        items = items.filter((i) => i.DBInstanceIdentifier === input.DBInstanceIdentifier);
        if (!items.length) throw new SimError('DBInstanceNotFound', `DBInstance ${input.DBInstanceIdentifier} not found.`, 404);
      }
      return listing(items, input, 'DBInstances', (i) => dbInstance(where(ctx), i));
    },

    DescribeDBClusters(input: Paged & { DBClusterIdentifier?: string }, ctx) {
      const s = section(ctx);
      let items = sorted(s.clusters, (c) => c.DBClusterIdentifier);
      if (input.DBClusterIdentifier) {
        items = items.filter((c) => c.DBClusterIdentifier === input.DBClusterIdentifier);
        if (!items.length) throw new SimError('DBClusterNotFoundFault', `DBCluster ${input.DBClusterIdentifier} not found.`, 404);
      }
      const members = (id: string) => membersOf(s.instances).get(id) ?? [];
      return listing(items, input, 'DBClusters', (c) => dbCluster(where(ctx), c, members(c.DBClusterIdentifier)));
    },

    DescribeDBSnapshots(input: Paged & { DBInstanceIdentifier?: string; DBSnapshotIdentifier?: string; SnapshotType?: string }, ctx) {
      let items = ofType(sorted(section(ctx).snapshots, (x) => x.DBSnapshotIdentifier), input.SnapshotType);
      if (input.DBInstanceIdentifier) items = items.filter((x) => x.DBInstanceIdentifier === input.DBInstanceIdentifier);
      if (input.DBSnapshotIdentifier) {
        items = items.filter((x) => x.DBSnapshotIdentifier === input.DBSnapshotIdentifier);
        if (!items.length) throw new SimError('DBSnapshotNotFound', `DBSnapshot ${input.DBSnapshotIdentifier} not found.`, 404);
      }
      return listing(items, input, 'DBSnapshots', (x) => dbSnapshot(where(ctx), x));
    },

    DescribeDBSnapshotAttributes(input: { DBSnapshotIdentifier?: string }, ctx) {
      const s = byId(section(ctx).snapshots, (x) => x.DBSnapshotIdentifier, input.DBSnapshotIdentifier);
      if (!s) throw new SimError('DBSnapshotNotFound', `DBSnapshot ${input.DBSnapshotIdentifier ?? ''} not found.`, 404);
      return { DBSnapshotAttributesResult: { DBSnapshotIdentifier: s.DBSnapshotIdentifier, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: s.restore ?? [] }] } };
    },

    DescribeDBClusterSnapshots(input: Paged & { DBClusterIdentifier?: string; DBClusterSnapshotIdentifier?: string; SnapshotType?: string }, ctx) {
      let items = ofType(sorted(section(ctx).clusterSnapshots, (x) => x.DBClusterSnapshotIdentifier), input.SnapshotType);
      if (input.DBClusterIdentifier) items = items.filter((x) => x.DBClusterIdentifier === input.DBClusterIdentifier);
      if (input.DBClusterSnapshotIdentifier) {
        items = items.filter((x) => x.DBClusterSnapshotIdentifier === input.DBClusterSnapshotIdentifier);
        if (!items.length) throw new SimError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${input.DBClusterSnapshotIdentifier} not found.`, 404);
      }
      return listing(items, input, 'DBClusterSnapshots', (x) => dbClusterSnapshot(where(ctx), x));
    },

    DescribeDBClusterSnapshotAttributes(input: { DBClusterSnapshotIdentifier?: string }, ctx) {
      const s = byId(section(ctx).clusterSnapshots, (x) => x.DBClusterSnapshotIdentifier, input.DBClusterSnapshotIdentifier);
      if (!s) throw new SimError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${input.DBClusterSnapshotIdentifier ?? ''} not found.`, 404);
      return {
        DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: s.restore ?? [] }] },
      };
    },
  },
};

export const generators: ResourceGenerator[] = [rdsGenerator];
