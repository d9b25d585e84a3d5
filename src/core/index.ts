export * from './asset.js';
export * from './verdict.js';
export * from './rule.js';
export * from './finding.js';
export * from './scan.js';
export * from './framework.js';
