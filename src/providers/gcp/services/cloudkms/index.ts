import type { GcpCollector } from '../../collector.js';
import { cryptoKeysCollector } from './crypto-keys.js';

export const cloudkmsCollectors: GcpCollector[] = [cryptoKeysCollector];
