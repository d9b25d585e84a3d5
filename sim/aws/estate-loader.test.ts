import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EstateError, loadEstate, parseEstate } from './estate-loader.js';

let dir: string | undefined;
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'parapet-estate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function loadError(p: Promise<unknown>): Promise<EstateError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EstateError) return e;
    throw e;
  }
  throw new Error('expected an EstateError');
}

describe('estate loader', () => {
  it('merges a directory in name order: accounts by id, sections deep', async () => {
    const path = folder({
      '00-org.yaml': [
        'organization: { id: o-abcdef1234, managementAccountId: "111111111111" }',
        'accounts:',
        '  - { id: "111111111111", name: management, regions: [us-east-1] }',
        '  - id: 222222222222',
        '    name: member',
        '    regions: [us-east-1, eu-west-1]',
        'settings: { latencyMs: 5 }',
      ].join('\n'),
      '10-iam.yaml': ['accounts:', '  - id: "111111111111"', '    global:', '      iam:', '        users: [{ UserName: alice }]', '        passwordPolicy: { MinimumPasswordLength: 8 }'].join('\n'),
      '20-iam-more.yml': [
        'accounts:',
        '  - id: "111111111111"',
        '    regions: [eu-west-1]',
        '    global:',
        '      iam:',
        '        users: [{ UserName: bob }]',
        '        passwordPolicy: { RequireSymbols: true }',
        '    regional:',
        '      eu-west-1:',
        '        ec2: { vpcs: [{ VpcId: vpc-1 }] }',
        'faults:',
        '  - { effect: deny, service: s3, account: 111111111111 }',
      ].join('\n'),
      'notes.txt': 'ignored',
    });
    const estate = await loadEstate(path);
    expect(estate.organization).toEqual({ id: 'o-abcdef1234', managementAccountId: '111111111111' });
    expect(estate.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222']);
    const mgmt = estate.accounts[0]!;
    expect(mgmt.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(mgmt.global.iam).toEqual({ users: [{ UserName: 'alice' }, { UserName: 'bob' }], passwordPolicy: { MinimumPasswordLength: 8, RequireSymbols: true } });
    expect(mgmt.regional['eu-west-1']?.ec2).toEqual({ vpcs: [{ VpcId: 'vpc-1' }] });
    expect(estate.accounts[1]).toMatchObject({ name: 'member', global: {}, regional: {} });
    expect(estate.faults).toEqual([{ effect: 'deny', service: 's3', account: '111111111111' }]);
    expect(estate.settings).toEqual({ latencyMs: 5 });
  });

  it('reports structure errors with file and line', async () => {
    const path = folder({
      'a.yaml': ['accounts:', '  - id: "111111111111"', '    name: one', '    regions: [us-east-1]', '    colour: blue'].join('\n'),
      'b.yaml': ['faults:', '  - effect: explode'].join('\n'),
    });
    const e = await loadError(loadEstate(path));
    expect(e.issues).toHaveLength(2);
    expect(e.issues[0]).toMatchObject({ file: join(path, 'a.yaml'), line: 2, path: 'accounts.0' });
    expect(e.issues[0]?.message).toContain('colour');
    expect(e.issues[1]).toMatchObject({ file: join(path, 'b.yaml'), line: 2, path: 'faults.0.effect' });
    expect(e.message).toContain('b.yaml:2:');
  });

  it('reports errors found after merging where the account was defined', async () => {
    const path = folder({
      'a.yaml': ['accounts:', '  - id: "111111111111"', '    name: one', '    regions: [us-east-1]', '  - id: "222222222222"', '    regions: [us-east-1]'].join('\n'),
      'b.yaml': ['accounts:', '  - id: "111111111111"', '    global: { s3: {} }'].join('\n'),
    });
    const e = await loadError(loadEstate(path));
    expect(e.issues).toEqual([expect.objectContaining({ file: join(path, 'a.yaml'), line: 5, path: 'accounts.1.name' })]);
  });

  it('reports YAML syntax errors with their position', () => {
    try {
      parseEstate('accounts:\n  - id: "111111111111"\n    name: [one\n', 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EstateError);
      expect((e as EstateError).issues[0]).toMatchObject({ file: 'bad.yaml' });
      expect((e as EstateError).issues[0]?.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('checks account ids, the management account and credentials', () => {
    expect(() => parseEstate('accounts:\n  - { id: 12345, name: x, regions: [us-east-1] }\n', 'ids.yaml')).toThrow(/ids\.yaml:2:\d+: accounts\.0\.id: an account id is 12 digits/);
    expect(() => parseEstate('organization: { id: o-abcdef1234, managementAccountId: "999999999999" }\naccounts:\n  - { id: "111111111111", name: x, regions: [us-east-1] }\n')).toThrow(/not among the accounts/);
    const ok = parseEstate('accounts:\n  - { id: 111111111111, name: x, regions: [us-east-1] }\n');
    expect(ok.accounts[0]?.id).toBe('111111111111');
  });
});
