import type { Rule } from '../../core/rule.js';
import { rules as aks } from './aks/index.js';
import { rules as appservice } from './appservice/index.js';
import { rules as compute } from './compute/index.js';
import { rules as cosmosdb } from './cosmosdb/index.js';
import { rules as defender } from './defender/index.js';
import { rules as identity } from './identity/index.js';
import { rules as keyvault } from './keyvault/index.js';
import { rules as monitor } from './monitor/index.js';
import { rules as mysql } from './mysql/index.js';
import { rules as network } from './network/index.js';
import { rules as postgresql } from './postgresql/index.js';
import { rules as sql } from './sql/index.js';
import { rules as storage } from './storage/index.js';

/**
 * Every Azure rule. CIS mappings use the CIS Microsoft Azure Foundations Benchmark v4.0.0 numbering; database,
 * App Service, AKS and VM settings left that benchmark in v4 (they moved to the CIS Azure service benchmarks),
 * so those rules map to the Microsoft cloud security benchmark and NIST SP 800-53 only.
 */
export const azureRules: Rule[] = [
  ...storage,
  ...defender,
  ...monitor,
  ...keyvault,
  ...network,
  ...identity,
  ...compute,
  ...sql,
  ...postgresql,
  ...mysql,
  ...appservice,
  ...aks,
  ...cosmosdb,
];
