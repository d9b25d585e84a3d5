import { IAMClient, ListServerCertificatesCommand } from '@aws-sdk/client-iam';
import type { AwsCollector } from '../../collector.js';

/** SSL/TLS server certificates stored in IAM (aspect `metadata`: ServerCertificateMetadata, with Expiration). */
export const serverCertificatesCollector: AwsCollector = {
  id: 'aws.iam.server-certificates',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::ServerCertificate'],
  permissions: ['iam:ListServerCertificates'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    for await (const page of ctx.pages(
      'ListServerCertificates',
      (Marker) => iam.send(new ListServerCertificatesCommand({ MaxItems: 1000, Marker })),
      (p) => (p.IsTruncated ? p.Marker : undefined),
    )) {
      for (const c of page.ServerCertificateMetadataList ?? []) {
        if (!c.Arn || !c.ServerCertificateName) continue;
        const asset = ctx.asset({ id: c.Arn, type: 'AWS::IAM::ServerCertificate', kind: 'crypto.certificate', name: c.ServerCertificateName, region: 'global' });
        ctx.aspect(asset, 'metadata', { ok: true, value: c });
        ctx.progress(1);
        yield asset;
      }
    }
  },
};
