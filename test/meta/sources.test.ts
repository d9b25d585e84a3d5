import { describe, expect, it } from 'vitest';
import { cloudFormationMappers, mapperIndex, terraformMappers, terraformProvider } from '../../src/sources/map/registry.js';

describe('offline source mappers', () => {
  it('claim each resource type once', () => {
    expect(() => mapperIndex(terraformMappers)).not.toThrow();
    expect(() => mapperIndex(cloudFormationMappers)).not.toThrow();
    expect(() => mapperIndex([...terraformMappers, terraformMappers[0]!])).toThrow(/claimed by two mappers/);
  });

  it('read Terraform types of their own cloud, and CloudFormation types of AWS', () => {
    for (const m of terraformMappers) for (const t of m.types) expect(terraformProvider(t), `${t} in a ${m.provider} mapper`).toBe(m.provider);
    for (const m of cloudFormationMappers) for (const t of m.types) expect(t).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
  });

  it('cover the storage, network, compute, database, key and identity types of each cloud', () => {
    const tf = new Set(terraformMappers.flatMap((m) => m.types));
    for (const t of ['aws_s3_bucket', 'aws_security_group', 'aws_instance', 'aws_db_instance', 'aws_kms_key', 'aws_iam_user', 'aws_iam_role', 'aws_iam_policy', 'azurerm_storage_account', 'azurerm_network_security_group', 'azurerm_linux_virtual_machine', 'azurerm_mssql_server', 'azurerm_key_vault', 'google_storage_bucket', 'google_compute_firewall', 'google_compute_instance', 'google_sql_database_instance', 'google_kms_crypto_key', 'google_project_iam_member']) {
      expect(tf.has(t), t).toBe(true);
    }
    const cfn = new Set(cloudFormationMappers.flatMap((m) => m.types));
    for (const t of ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::IAM::Role', 'AWS::RDS::DBInstance', 'AWS::KMS::Key']) expect(cfn.has(t), t).toBe(true);
  });
});
