import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { tagsFromList, type AwsCollector } from '../../collector.js';

/**
 * RDS DB instances (and Aurora, Neptune and DocumentDB instances, which share the API) from
 * DescribeDBInstances, 100 per page (the maximum). The description carries every setting the rules read
 * (encryption, public access, Multi-AZ, backups, deletion protection, minor upgrades), so there is no
 * per-instance call.
 */
export const instancesCollector: AwsCollector = {
  id: 'aws.rds.instances',
  service: 'rds',
  scope: 'regional',
  types: ['AWS::RDS::DBInstance'],
  permissions: ['rds:DescribeDBInstances'],
  async *collect(ctx) {
    const client = ctx.client(RDSClient);
    for await (const page of ctx.pages(
      'DescribeDBInstances',
      (Marker) => client.send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker })),
      (p) => p.Marker,
    )) {
      for (const db of page.DBInstances ?? []) {
        if (!db.DBInstanceArn || !db.DBInstanceIdentifier) continue;
        const asset = ctx.asset({ id: db.DBInstanceArn, type: 'AWS::RDS::DBInstance', kind: 'database.instance', name: db.DBInstanceIdentifier, tags: tagsFromList(db.TagList) });
        ctx.aspect(asset, 'instance', { ok: true, value: db });
        yield asset;
      }
      ctx.progress(page.DBInstances?.length ?? 0);
    }
  },
};
