import { Engine } from './sim/aws/engine.ts';
import { tinyEstate } from './sim/aws/test-helpers.ts';
const sgs = Array.from({ length: 50 }, (_, i) => ({ GroupId: `sg-${i}`, GroupName: `g${i}`, Description: 'd', OwnerId: '111111111111', VpcId: 'vpc-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], Tags: [{ Key: 'Name', Value: `n${i}` }] }));
const ec2 = { signingName: 'ec2', sdk: '@aws-sdk/client-ec2', operations: { DescribeSecurityGroups: () => ({ SecurityGroups: sgs }) } };
const kms = { signingName: 'kms', sdk: '@aws-sdk/client-kms', operations: { ListKeys: () => ({ Keys: Array.from({ length: 50 }, (_, i) => ({ KeyId: `k${i}`, KeyArn: `arn:aws:kms:us-east-1:111111111111:key/k${i}` })) }) } };
const lambda = { signingName: 'lambda', sdk: '@aws-sdk/client-lambda', operations: { GetPolicy: () => ({ Policy: '{}', RevisionId: 'r' }) } };
const e = new Engine(tinyEstate(), [ec2, kms, lambda]);
await e.preload();
const akid = e.credentials.primary!.accessKeyId;
const auth = (svc: string) => `AWS4-HMAC-SHA256 Credential=${akid}/20261129/us-east-1/${svc}/aws4_request, SignedHeaders=host, Signature=abc`;
const reqs = {
  ec2: () => ({ method: 'POST', path: '/', query: new URLSearchParams(), headers: { authorization: auth('ec2'), 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('Action=DescribeSecurityGroups&Version=2016-11-15&MaxResults=50'), host: '127.0.0.1' }),
  kms: () => ({ method: 'POST', path: '/', query: new URLSearchParams(), headers: { authorization: auth('kms'), 'x-amz-target': 'TrentService.ListKeys', 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from('{"Limit":50}'), host: '127.0.0.1' }),
  lambda: () => ({ method: 'GET', path: '/2015-03-31/functions/fn/policy', query: new URLSearchParams(), headers: { authorization: auth('lambda') }, body: Buffer.alloc(0), host: '127.0.0.1' }),
};
for (let round = 0; round < 2; round++) for (const [name, mk] of Object.entries(reqs)) {
  const n = 20000; const t0 = performance.now();
  for (let i = 0; i < n; i++) await e.handle(mk() as any);
  const ms = performance.now() - t0;
  const r: any = await e.handle(mk() as any);
  console.log(name, (n / ms * 1000).toFixed(0), 'req/s', r.status, String(r.body).length, 'bytes');
}
