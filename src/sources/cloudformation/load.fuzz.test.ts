import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsCfnMappers } from '../map/aws-cfn/index.js';
import type { Diagnostic, SourceResult } from '../model.js';
import { loadCloudFormationText } from './load.js';

/** Per-input time bound (generous for slow CI machines; real inputs take well under a millisecond). */
const BOUND_MS = 1000;

const YAML_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: prod, AllowedValues: [prod, dev] }
  Cidr: { Type: String }
Mappings:
  Sizes:
    prod: { Db: db.r6g.large }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
Resources:
  # parapet:ignore aws.s3.bucket-versioning-enabled scratch data
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${Env}-data-\${AWS::AccountId}'
      VersioningConfiguration: { Status: !If [IsProd, Enabled, Suspended] }
      Tags:
        - Key: env
          Value: !Ref Env
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Join ['', [!GetAtt Bucket.Arn, '/*']]
  Web:
    Type: AWS::EC2::SecurityGroup
    Condition: IsProd
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Cidr }
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: !Select [0, !Cidr ['10.0.0.0/16', 4, 8]]
  Db:
    Type: AWS::RDS::DBInstance
    Metadata:
      parapet:
        ignore: [{ rule: aws.rds.instance-multi-az, reason: dev only }]
    Properties:
      Engine: postgres
      DBInstanceClass: !FindInMap [Sizes, !Ref Env, Db]
      StorageEncrypted: true
      KmsKeyId: !GetAtt Key.Arn
      PubliclyAccessible: false
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      Description: !Base64 key
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !ImportValue shared-role
      Code: { ZipFile: !Sub ['print("\${X}")', { X: !Select [1, !Split [',', 'a,b']] }] }
      Environment: { Variables: { AZ: !Select [0, !GetAZs ''] } }
Outputs:
  Name: { Value: !Ref Bucket }
`;

const JSON_TEMPLATE = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Env: { Type: 'String', Default: 'prod' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: {
      Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::Sub': '${Env}-jobs' }, KmsMasterKeyId: { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] } } },
      QueuePolicy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }] } } },
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:root' } }, Action: 'kms:*', Resource: '*' }] } } },
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [] }, ManagedPolicyArns: [{ 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'iam::aws:policy/ReadOnlyAccess']] }] } },
    },
  },
  null,
  '\t',
);

/** Characters the edits draw from: YAML/JSON structure, tags, quotes, whitespace, tabs and newlines. */
const EDIT_CHARS = [...'!:-{}[],\'"#&*|>%@` \t\n\r\\.$'];
const TAG_SNIPPETS = ['!Ref ', '!Sub ', '!GetAtt ', '!If ', '!Join ', '!Select ', '!Split ', '!FindInMap ', '!Base64 ', '!Cidr ', '!GetAZs ', '!Condition ', '!Equals ', '!Not ', '!And ', '!Or ', '!ImportValue ', '!Transform ', '!ToJsonString ', '!Length ', '!Bogus ', '${', '${!', '&a ', '*a ', '\n  ', '\n    ', '\t', 'Fn::If', '"Ref": ', '{"Fn::Join": ["", [', ']]}'];

type Edit = { kind: 'insert' | 'replace' | 'delete' | 'dupline'; at: number; text: string; len: number };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'replace', 'delete', 'dupline'),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom(...EDIT_CHARS), fc.constantFrom(...TAG_SNIPPETS), fc.string({ maxLength: 4 })),
  len: fc.integer({ min: 1, max: 12 }),
});

function applyEdits(base: string, edits: Edit[]): string {
  let s = base;
  for (const e of edits) {
    const at = s.length ? e.at % s.length : 0;
    if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.kind === 'replace') s = s.slice(0, at) + e.text + s.slice(at + e.len);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else {
      const start = s.lastIndexOf('\n', at) + 1;
      const end = s.indexOf('\n', at);
      const line = s.slice(start, end < 0 ? s.length : end);
      s = s.slice(0, start) + line + '\n' + s.slice(start);
    }
  }
  return s;
}

function checkDiagnostics(text: string, file: string, diagnostics: Diagnostic[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}: ${d.code} ${d.message}`).toBe(true);
    if (d.column !== undefined) expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.code).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Loads and maps one input within the time bound; loading and mapping must never throw. */
function loadAndMap(text: string, file: string): SourceResult {
  const started = performance.now();
  const out = loadCloudFormationText(text, file, { region: 'us-east-1' });
  const mapper = awsCfnMappers[0]!;
  const diags: Diagnostic[] = [];
  mapper.map(
    out.resources.filter((r) => mapper.types.includes(r.type)),
    { sourceType: 'iac', observedAt: '2026-11-29T00:00:00.000Z', diag: (d) => diags.push(d) },
  );
  expect(diags.filter((d) => d.code === 'MappingFailed')).toEqual([]);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  checkDiagnostics(text, file, out.diagnostics);
  for (const r of out.resources) expect(r.line >= 1 && r.line <= text.split('\n').length).toBe(true);
  return out;
}

describe('loadCloudFormationText fuzzing', () => {
  it('the base templates load cleanly', () => {
    const y = loadAndMap(YAML_TEMPLATE, 't.yaml');
    expect(y.resources.map((r) => r.address)).toEqual(['Bucket', 'Policy', 'Web', 'Db', 'Key', 'Fn']);
    expect(y.diagnostics).toEqual([]);
    const j = loadAndMap(JSON_TEMPLATE, 't.json');
    expect(j.resources.map((r) => r.address)).toEqual(['Queue', 'QueuePolicy', 'Key', 'Role']);
    expect(j.diagnostics).toEqual([]);
  });

  it('never throws on 3,000 mutated YAML and JSON templates (random character edits, tags, indentation)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 8 }), (json, edits) => {
        const text = applyEdits(json ? JSON_TEMPLATE : YAML_TEMPLATE, edits);
        loadAndMap(text, json ? 'm.json' : 'm.yaml');
      }),
      { numRuns: 3000, seed: 5150 },
    );
  }, 300_000);

  // Random intrinsic expressions, nested up to 8 levels, written in the long (JSON) or short (YAML tag) form.
  type Expr = string | number | boolean | { fn: string; args: Expr[] } | Expr[];
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    fc.constantFrom('prod', 'a,b,c', '10.0.0.0/16', '', '${Env}-x', '${!Lit}', '${Bucket.Arn}', '${Nope}', 'Env', 'Bucket', 'AWS::Region', 'AWS::NoValue', 'IsProd', 'Sizes'),
    fc.integer({ min: -2, max: 5 }),
    fc.boolean(),
  );
  const FNS = ['Ref', 'Fn::Sub', 'Fn::GetAtt', 'Fn::If', 'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Fn::FindInMap', 'Fn::Base64', 'Fn::Cidr', 'Fn::GetAZs', 'Fn::ImportValue', 'Condition', 'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length', 'Fn::Bogus'];
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', maxDepth: 8 },
      leaf,
      fc.record({ fn: fc.constantFrom(...FNS), args: fc.array(tie('expr'), { maxLength: 4 }) }),
      fc.array(tie('expr'), { maxLength: 3 }),
    ),
  }));
  const toJson = (e: Expr): unknown => {
    if (Array.isArray(e)) return e.map(toJson);
    if (e !== null && typeof e === 'object') return { [e.fn]: e.args.length === 1 && e.fn !== 'Fn::Not' ? toJson(e.args[0]!) : e.args.map(toJson) };
    return e;
  };
  const toYaml = (e: Expr): string => {
    if (Array.isArray(e)) return `[${e.map(toYaml).join(', ')}]`;
    if (e !== null && typeof e === 'object') {
      const tag = e.fn === 'Ref' || e.fn === 'Condition' ? `!${e.fn}` : `!${e.fn.replace('Fn::', '')}`;
      return e.args.length === 1 && typeof e.args[0] !== 'object' ? `${tag} ${toYaml(e.args[0]!)}` : `${tag} [${e.args.map(toYaml).join(', ')}]`;
    }
    return JSON.stringify(e);
  };
  const wrap = (value: string, condition: string) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: prod }
Mappings:
  Sizes: { prod: { Db: large } }
Conditions:
  IsProd: ${condition}
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${value}
      Tags: [{ Key: k, Value: ${value} }]
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${value} }]
`;

  it('never throws on 1,000 generated templates with random intrinsic nesting (long and short forms)', () => {
    fc.assert(
      fc.property(expr, expr, fc.boolean(), (value, condition, short) => {
        const text = short ? wrap(toYaml(value), toYaml(condition)) : wrap(JSON.stringify(toJson(value)), JSON.stringify(toJson(condition)));
        const out = loadAndMap(text, 'g.yaml');
        // Anything wrong is reported; the template itself stays readable.
        if (!out.diagnostics.some((d) => d.code === 'YamlSyntax')) expect(out.resources.map((r) => r.address)).toEqual(['Bucket', 'Web']);
      }),
      { numRuns: 1000, seed: 4242 },
    );
  }, 120_000);

  it('intrinsics nested 10,000 deep (YAML tags, JSON) and 1,000 deep (block style) do not overflow the stack', () => {
    const n = 10_000;
    const inputs: Array<[string, string]> = [
      ['deep.yaml', `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: ${'!Base64 ['.repeat(n)}x${']'.repeat(n)}\n`],
      ['deep.json', `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"P": ${'{"Fn::Join": ["", ['.repeat(n)}"x"${']]}'.repeat(n)}}}}}`],
      // Block style needs an indentation step per level: 1,000 levels already make a 1 MB template.
      ['block.yaml', `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      P:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(8 + 2 * i)}Fn::Base64:`).join('\n')} x\n`],
    ];
    for (const [file, text] of inputs) {
      const out = loadAndMap(text, file);
      expect(out.diagnostics.map((d) => d.code)).toContain('NestingTooDeep');
    }
  }, 60_000);
});
