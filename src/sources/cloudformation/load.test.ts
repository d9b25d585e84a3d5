import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnknown, isUnknown, MAX_FILE_BYTES, Unknown, type IacResource } from '../model.js';
import { cidrSubnets } from './intrinsics.js';
import { isCloudFormation, loadCloudFormation, loadCloudFormationText } from './load.js';

const F = 'tpl.yaml';
const load = (text: string, opts = {}) => loadCloudFormationText(text, F, opts);
const res = (text: string, id: string, opts = {}): IacResource => {
  const r = load(text, opts).resources.find((x) => x.address === id);
  if (!r) throw new Error(`no resource ${id}`);
  return r;
};
/** A template with one bucket whose property P is `expr` (YAML). */
const prop = (expr: string, extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
${extra}
Resources:
  Other:
    Type: AWS::SNS::Topic
  B:
    Type: AWS::S3::Bucket
    Properties:
      P: ${expr}
`;
const valueOf = (expr: string, extra = '', opts = {}) => res(prop(expr, extra), 'B', opts).values.P;
const codes = (text: string, opts = {}) => load(text, opts).diagnostics.map((d) => d.code);

describe('parse', () => {
  const yaml = `AWSTemplateFormatVersion: "2010-09-09"
Description: test
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs-bucket
      VersioningConfiguration:
        Status: Enabled

  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;
  it('reads YAML with the line of each resource and property', () => {
    const { resources, diagnostics } = load(yaml);
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => [r.address, r.type, r.line])).toEqual([
      ['Logs', 'AWS::S3::Bucket', 4],
      ['Web', 'AWS::EC2::SecurityGroup', 11],
    ]);
    const logs = resources[0]!;
    expect(logs).toMatchObject({ mode: 'managed', name: 'Logs', module: '', root: F, file: F, values: { BucketName: 'logs-bucket', VersioningConfiguration: { Status: 'Enabled' } } });
    expect(logs.lines).toEqual({ BucketName: 7, VersioningConfiguration: 8 });
    expect(resources[1]!.lines).toEqual({ GroupDescription: 14, SecurityGroupIngress: 15 });
    expect(resources[1]!.values.SecurityGroupIngress).toEqual([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }]);
  });

  it('reads JSON (tabs included) with lines', () => {
    const json = '{\n\t"AWSTemplateFormatVersion": "2010-09-09",\n\t"Resources": {\n\t\t"Q": {\n\t\t\t"Type": "AWS::SQS::Queue",\n\t\t\t"Properties": {\n\t\t\t\t"QueueName": "q",\n\t\t\t\t"DelaySeconds": 5\n\t\t\t}\n\t\t}\n\t}\n}\n';
    const { resources, diagnostics } = loadCloudFormationText(json, 'tpl.json');
    expect(diagnostics).toEqual([]);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ address: 'Q', line: 4, values: { QueueName: 'q', DelaySeconds: 5 }, lines: { QueueName: 7, DelaySeconds: 8 } });
  });

  it('turns every short-form tag into its long form', () => {
    const text = `Parameters:
  Env: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      A: !Join ['-', [!Ref Env, !Select [1, !Split [',', 'a,b,c']]]]
      B: !Base64 hi
      C: !If [IsProd, yes-prod, no]
      D: !If [NotProd, x, y]
      E: !Sub '\${Env}-x'
      F: !FindInMap [M, k, v]
      G: !ToJsonString { a: 1 }
      H: !Length [1, 2, 3]
      I: !Cidr ['10.0.0.0/16', 2, 8]
      J: !GetAZs ''
      K: !ImportValue shared
      L: !Transform { Name: M, Parameters: {} }
      N: !And [!Equals [1, 1], !Or [!Equals [a, b], !Equals [c, c]]]
Mappings:
  M:
    k: { v: found }
`;
    const r = res(text, 'B');
    expect(r.values).toMatchObject({ A: 'prod-b', B: 'aGk=', C: 'yes-prod', D: 'y', E: 'prod-x', F: 'found', G: '{"a":1}', H: 3, I: ['10.0.0.0/24', '10.0.1.0/24'], N: true });
    expect(isUnknown(r.values.J) && isUnknown(r.values.K) && isUnknown(r.values.L)).toBe(true);
    expect(load(text).diagnostics).toEqual([]);
  });

  it('reports malformed YAML with line, column and message, never throwing', () => {
    const { resources, diagnostics } = load('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [a, b\n  C: x\n');
    expect(resources).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: F, code: 'YamlSyntax' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
    expect(diagnostics[0]!.column).toBeGreaterThan(0);
    expect(diagnostics[0]!.message.length).toBeGreaterThan(5);
  });

  it('reports malformed JSON as JsonSyntax, including what YAML would accept (trailing comma)', () => {
    const broken = loadCloudFormationText('{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket"\n  }\n', 'x.json');
    expect(broken.diagnostics[0]).toMatchObject({ code: 'JsonSyntax', file: 'x.json' });
    const trailing = loadCloudFormationText('{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket",}\n  }\n}\n', 'x.json');
    expect(trailing.diagnostics.map((d) => d.code)).toEqual(['JsonSyntax']);
    expect(trailing.resources).toEqual([]);
  });

  it('a document without Resources is NotATemplate', () => {
    expect(codes('AWSTemplateFormatVersion: "2010-09-09"\nOutputs: {}\n')).toEqual(['NotATemplate']);
    expect(codes('just a string')).toEqual(['NotATemplate']);
    expect(codes('Resources: [1, 2]')).toEqual(['NotATemplate']);
  });

  it('refuses files over MAX_FILE_BYTES with FileTooLarge, and unreadable files with a diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfn-'));
    const big = join(dir, 'big.yaml');
    writeFileSync(big, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(loadCloudFormation(big).diagnostics.map((d) => d.code)).toEqual(['FileTooLarge']);
    expect(loadCloudFormation(join(dir, 'missing.yaml')).diagnostics.map((d) => d.code)).toEqual(['FileUnreadable']);
    const ok = join(dir, 'ok.yaml');
    writeFileSync(ok, prop('x'));
    expect(loadCloudFormation(ok).resources.map((r) => r.file)).toEqual([ok, ok]);
  });

  it('a resource without Type is reported and the others are kept', () => {
    const { resources, diagnostics } = load('Resources:\n  A:\n    Properties: {}\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(resources.map((r) => r.address)).toEqual(['B']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'InvalidResource', line: 2 })]);
  });

  it('caps deep nesting with a diagnostic instead of overflowing the stack', () => {
    const deep = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: ${'{"Fn::Base64": '.repeat(10_000)}"x"${'}'.repeat(10_000)}\n`;
    const out = load(deep);
    expect(out.diagnostics.length).toBeGreaterThan(0);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['NestingTooDeep']);
    // Block nesting past the cap: the template is read, the part too deep is Unknown.
    let block = 'x';
    for (let i = 0; i < 250; i++) block = `a:\n${block.replace(/^/gm, '  ')}`;
    const out2 = load(`Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      P:\n${block.replace(/^/gm, '        ')}\n`);
    expect(out2.diagnostics.map((d) => d.code)).toEqual(['NestingTooDeep']);
    expect(findUnknown(out2.resources[0]?.values.P)).toBeInstanceOf(Unknown);
  });

  it('sniffs CloudFormation content cheaply', () => {
    expect(isCloudFormation('AWSTemplateFormatVersion: "2010-09-09"\n')).toBe(true);
    expect(isCloudFormation('Resources:\n  B:\n    Type: AWS::S3::Bucket\n')).toBe(true);
    expect(isCloudFormation('{"Resources": {"B": {"Type": "AWS::SQS::Queue"}}}')).toBe(true);
    expect(isCloudFormation('resource "aws_s3_bucket" "b" {}')).toBe(false);
    expect(isCloudFormation('Resources:\n  - name: k8s\n    Type: Deployment\n')).toBe(false);
    expect(isCloudFormation('{"format_version": "1.2", "resource_changes": []}')).toBe(false);
  });
});

describe('intrinsics', () => {
  const params = `Parameters:
  Name: { Type: String, Default: dflt }
  NoDefault: { Type: String }
  Count: { Type: Number, Default: 3 }
  Subnets: { Type: CommaDelimitedList, Default: 'a, b' }
  Ssm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /x/y }`;

  it('Ref: parameter value given, else Default, else Unknown; list and SSM parameters', () => {
    expect(valueOf('!Ref Name', params)).toBe('dflt');
    expect(valueOf('!Ref Name', params, { parameters: { Name: 'given' } })).toBe('given');
    expect(valueOf('!Ref NoDefault', params)).toBeInstanceOf(Unknown);
    expect(valueOf('!Ref NoDefault', params, { parameters: { NoDefault: 'v' } })).toBe('v');
    expect(valueOf('!Ref Count', params, { parameters: { Count: '5' } })).toBe(5);
    expect(valueOf('!Ref Subnets', params)).toEqual(['a', 'b']);
    expect(valueOf('!Ref Ssm', params)).toBeInstanceOf(Unknown);
  });

  it('Ref: pseudo parameters', () => {
    expect(valueOf('!Ref AWS::Region')).toBeInstanceOf(Unknown);
    expect(valueOf('!Ref AWS::Region', '', { region: 'eu-west-1' })).toBe('eu-west-1');
    expect(valueOf('!Ref AWS::AccountId', '', { account: '111122223333' })).toBe('111122223333');
    expect(valueOf('!Ref AWS::AccountId')).toBeInstanceOf(Unknown);
    expect(valueOf('!Ref AWS::Partition')).toBe('aws');
    expect(valueOf('!Ref AWS::Partition', '', { region: 'cn-north-1' })).toBe('aws-cn');
    expect(valueOf('!Ref AWS::URLSuffix')).toBe('amazonaws.com');
    expect(valueOf('!Ref AWS::StackName')).toBeInstanceOf(Unknown);
    const r = res(prop('!Ref AWS::NoValue'), 'B');
    expect('P' in r.values).toBe(false);
    expect(res(prop('[a, !Ref AWS::NoValue, b]'), 'B').values.P).toEqual(['a', 'b']);
  });

  it('Ref / GetAtt to a resource: Unknown naming the logical id', () => {
    const ref = valueOf('!Ref Other') as Unknown;
    expect(ref).toBeInstanceOf(Unknown);
    expect(ref.reason).toBe('Ref Other is known after deploy');
    expect(ref.refs).toEqual(['Other']);
    expect(ref).toEqual(new Unknown('Ref Other is known after deploy', ['Other']));
    for (const expr of ['!GetAtt Other.TopicName', '!GetAtt [Other, TopicName]', '{ "Fn::GetAtt": "Other.TopicName" }']) {
      const u = valueOf(expr) as Unknown;
      expect(u).toBeInstanceOf(Unknown);
      expect(u.refs).toEqual(['Other']);
    }
  });

  it('Sub: string and variable-map forms, ${!Literal}, unknown parts with refs', () => {
    expect(valueOf("!Sub 'arn:${AWS::Partition}:s3:::${Name}/*'", params)).toBe('arn:aws:s3:::dflt/*');
    expect(valueOf("!Sub ['${A}-${Name}', { A: !Join [':', [x, y]] }]", params)).toBe('x:y-dflt');
    expect(valueOf("!Sub '${!Literal}-${Name}'", params)).toBe('${Literal}-dflt');
    const u = valueOf("!Sub '${Other}/${Other.TopicName}/${AWS::Region}'") as Unknown;
    expect(u).toBeInstanceOf(Unknown);
    expect(u.refs).toEqual(['Other']);
    expect(codes(prop("!Sub '${Nope}'"))).toEqual(['UnresolvedIntrinsic']);
  });

  it('Join, Select, Split with unknown members stay Unknown with refs', () => {
    expect(valueOf("!Join ['', [a, !Ref Other]]")).toMatchObject({ refs: ['Other'] });
    expect(valueOf('!Select [0, !GetAZs ""]')).toBeInstanceOf(Unknown);
    expect(valueOf('!Select ["1", [a, b]]')).toBe('b');
    expect(valueOf("!Split [',', !Ref Other]")).toMatchObject({ refs: ['Other'] });
  });

  it('FindInMap through Mappings, with the DefaultValue form', () => {
    const maps = 'Mappings:\n  Env:\n    prod: { Size: large }\n';
    expect(valueOf('!FindInMap [Env, prod, Size]', maps)).toBe('large');
    expect(valueOf('!FindInMap [Env, dev, Size, { DefaultValue: small }]', maps)).toBe('small');
    expect(codes(prop('!FindInMap [Env, dev, Size]', maps))).toEqual(['UnresolvedIntrinsic']);
    expect(valueOf('!FindInMap [Env, !Ref AWS::Region, Size]', maps)).toBeInstanceOf(Unknown);
  });

  it('Cidr computes IPv4 subnets', () => {
    expect(cidrSubnets('10.0.0.0/16', 3, 8)).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(cidrSubnets('192.168.1.77/24', 2, 4)).toEqual(['192.168.1.0/28', '192.168.1.16/28']);
    expect(cidrSubnets('10.0.0.0/24', 300, 8)).toBeUndefined();
  });

  it('conditions: evaluated on known values, unknown when they depend on the deployment', () => {
    const conds = `Parameters:
  Env: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InUsEast: !Equals [!Ref AWS::Region, us-east-1]
  Both: !And [!Condition IsProd, !Condition InUsEast]
  Either: !Or [!Condition IsProd, !Condition InUsEast]
  Loop: !Not [!Condition Loop]`;
    expect(valueOf('!If [IsProd, a, b]', conds)).toBe('a');
    expect(valueOf('!If [IsProd, a, b]', conds, { parameters: { Env: 'dev' } })).toBe('b');
    expect(valueOf('!If [InUsEast, a, b]', conds)).toBeInstanceOf(Unknown);
    expect(valueOf('!If [InUsEast, a, b]', conds, { region: 'us-east-1' })).toBe('a');
    expect(valueOf('!If [Both, a, b]', conds)).toBeInstanceOf(Unknown);
    expect(valueOf('!If [Both, a, b]', conds, { parameters: { Env: 'dev' } })).toBe('b');
    expect(valueOf('!If [Either, a, b]', conds)).toBe('a');
    expect(valueOf('!If [IsProd, !Ref AWS::NoValue, b]', conds)).toBeUndefined();
    expect(valueOf('!If [Loop, a, b]', conds)).toBeInstanceOf(Unknown);
    expect(codes(prop('!If [Loop, a, b]', conds))).toContain('UnresolvedIntrinsic');
    expect(codes(prop('!If [Missing, a, b]', conds))).toContain('UnresolvedIntrinsic');
  });

  it('resource Condition: false omits the resource, unknown keeps it with a warning', () => {
    const text = `Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InUsEast: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  ProdOnly:
    Type: AWS::S3::Bucket
    Condition: IsProd
  Regional:
    Type: AWS::S3::Bucket
    Condition: InUsEast
`;
    const out = load(text);
    expect(out.resources.map((r) => r.address)).toEqual(['Regional']);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'ConditionUnknown', severity: 'warning', line: 10 })]);
    expect(load(text, { parameters: { Env: 'prod' }, region: 'eu-west-1' }).resources.map((r) => r.address)).toEqual(['ProdOnly']);
  });

  it('an intrinsic used wrongly is UnresolvedIntrinsic on its line, and Unknown', () => {
    const text = prop('!Select [x, [a]]');
    const out = load(text);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'UnresolvedIntrinsic', line: 9, file: F })]);
    expect(out.resources.find((r) => r.address === 'B')!.values.P).toBeInstanceOf(Unknown);
    for (const bad of ['!Ref Nowhere', '!GetAtt Nowhere.Arn', '!Join [a]', '!Split [",", [1]]', '!If [a]', '!Base64 [1]', '!Select [5, [a]]', '!Length x', '{ "Fn::Nope": 1 }', '!Cidr [x, 1, 1]', '!Sub [a]', '!Not [a, b]']) {
      expect(codes(prop(bad)), bad).toContain('UnresolvedIntrinsic');
    }
  });

  it('providerConfig carries the stack region and account when given', () => {
    expect(res(prop('x'), 'B').providerConfig).toEqual({});
    expect(res(prop('x'), 'B', { region: 'us-east-2', account: '111122223333' }).providerConfig).toEqual({ region: 'us-east-2', account: '111122223333' });
  });
});

describe('suppressions', () => {
  it('reads # parapet:ignore on the logical id line and the comment lines above it', () => {
    const text = `Resources:
  # parapet:ignore aws.s3.bucket-versioning-enabled logs are immutable anyway
  # a plain comment
  # parapet:ignore baseline.storage.bucket-access-logging-enabled
  B: # parapet:ignore aws.s3.bucket-mfa-delete-enabled no MFA device in CI
    Type: AWS::S3::Bucket
  # parapet:ignore not.this-one: a blank line separates it

  C:
    Type: AWS::S3::Bucket
`;
    const out = load(text);
    const b = out.resources.find((r) => r.address === 'B')!;
    expect(b.suppressions).toEqual([
      { ruleId: 'aws.s3.bucket-mfa-delete-enabled', reason: 'no MFA device in CI', file: F, line: 5 },
      { ruleId: 'aws.s3.bucket-versioning-enabled', reason: 'logs are immutable anyway', file: F, line: 2 },
    ]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'SuppressionWithoutReason', severity: 'warning', line: 4 })]);
    expect(out.resources.find((r) => r.address === 'C')!.suppressions).toEqual([]);
  });

  it('reads Metadata.parapet.ignore, reasons mandatory', () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Metadata:
      parapet:
        ignore:
          - rule: aws.s3.bucket-versioning-enabled
            reason: scratch bucket
          - rule: aws.s3.bucket-tls-required
`;
    const out = load(text);
    expect(out.resources[0]!.suppressions).toEqual([{ ruleId: 'aws.s3.bucket-versioning-enabled', reason: 'scratch bucket', file: F, line: 7 }]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'SuppressionWithoutReason', line: 9 })]);
  });

  it('JSON templates take Metadata suppressions', () => {
    const json = JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Metadata: { parapet: { ignore: [{ rule: 'r.x', reason: 'why' }] } } } } }, null, 2);
    expect(loadCloudFormationText(json, 't.json').resources[0]!.suppressions).toEqual([{ ruleId: 'r.x', reason: 'why', file: 't.json', line: 8 }]);
  });
});
