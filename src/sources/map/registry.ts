import type { Provider } from '../../core/asset.js';
import { awsCfnMappers } from './aws-cfn/index.js';
import { awsTfIdentityServicesMappers } from './aws-tf/identity-services/index.js';
import { awsTfNetStorageMappers } from './aws-tf/net-storage/index.js';
import { azurermMappers } from './azurerm/index.js';
import { googleMappers } from './google/index.js';
import type { IacMapper } from './kit.js';

/** Every IaC mapper, by the tool whose resource types it reads. Walked by meta-tests. */
export const terraformMappers: readonly IacMapper[] = [...awsTfNetStorageMappers, ...awsTfIdentityServicesMappers, ...azurermMappers, ...googleMappers];
export const cloudFormationMappers: readonly IacMapper[] = [...awsCfnMappers];

/** Mapper per resource type; two mappers claiming one type is a programming error. */
export function mapperIndex(mappers: readonly IacMapper[]): Map<string, IacMapper> {
  const index = new Map<string, IacMapper>();
  for (const m of mappers) {
    for (const t of m.types) {
      if (index.has(t)) throw new Error(`resource type ${t} is claimed by two mappers`);
      index.set(t, m);
    }
  }
  return index;
}

/** The cloud a Terraform resource type belongs to (`aws_`, `azurerm_`, `google_`/`google-beta`), if Parapet judges it. */
export function terraformProvider(type: string): Provider | undefined {
  if (type.startsWith('aws_')) return 'aws';
  if (type.startsWith('azurerm_')) return 'azure';
  if (type.startsWith('google_')) return 'gcp';
  return undefined;
}
