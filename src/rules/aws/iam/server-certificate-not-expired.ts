import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.iam.server-certificate-not-expired',
  title: 'Expired SSL/TLS certificates stored in IAM are removed',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::ServerCertificate'],
  rationale:
    'An expired certificate left in IAM can be deployed to a load balancer or CloudFront by mistake, breaking ' +
    'clients or training users to click through certificate warnings. Delete them once replaced.',
  remediation: {
    steps: [
      'Make sure no load balancer or distribution still uses the certificate.',
      'Delete it with the IAM API (the console cannot); prefer AWS Certificate Manager for new certificates.',
    ],
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    terraform: '# Remove the aws_iam_server_certificate resource (or replace it with aws_acm_certificate).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-26',
  ],
  // Security Hub checks this as IAM.26, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.18' }],
  version: 1,
  evaluate(asset) {
    const meta = need<{ Expiration?: string | Date }>(asset, 'metadata');
    const expiration = meta.Expiration === undefined ? undefined : new Date(meta.Expiration);
    if (!expiration || Number.isNaN(expiration.getTime())) throw new MissingData('ListServerCertificates returned no Expiration', [{ path: 'config.metadata.Expiration', observed: null, expected: 'a date' }]);
    const now = new Date(asset.observedAt);
    const ev = [{ path: 'config.metadata.Expiration', observed: expiration.toISOString(), expected: `after ${now.toISOString()}` }];
    return expiration.getTime() <= now.getTime() ? fail(`The certificate expired on ${expiration.toISOString().slice(0, 10)} and is still stored`, ev) : pass(`The certificate is valid until ${expiration.toISOString().slice(0, 10)}`, ev);
  },
};
