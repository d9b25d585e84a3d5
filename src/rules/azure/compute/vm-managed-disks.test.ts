import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './vm-managed-disks.js';
import { vm, vmDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'managed OS and data disks', asset: vm({ storageProfile: { osDisk: { name: 'os', createOption: 'FromImage', managedDisk: { id: 'd1' } }, dataDisks: [{ lun: 0, createOption: 'Empty', managedDisk: { id: 'd2' } }] } }), expect: 'pass' },
    { name: 'unmanaged OS disk', asset: vm({ storageProfile: { osDisk: { name: 'os', createOption: 'FromImage', vhd: { uri: 'https://st.blob.core.windows.net/vhds/os.vhd' } } } }), expect: 'fail' },
    { name: 'unmanaged data disk', asset: vm({ storageProfile: { osDisk: { name: 'os', createOption: 'FromImage', managedDisk: {} }, dataDisks: [{ lun: 1, name: 'data1', createOption: 'Empty', vhd: { uri: 'https://st/vhds/d.vhd' } }] } }), expect: 'fail' },
    { name: 'denied', asset: vmDenied(), expect: 'unknown' },
  ]);
});
