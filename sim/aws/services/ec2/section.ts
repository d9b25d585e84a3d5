import type { CreateVolumePermission, FlowLog, Image, Instance, NetworkAcl, Reservation, SecurityGroup, Snapshot, SnapshotBlockPublicAccessState, Volume, Vpc } from '@aws-sdk/client-ec2';

/**
 * The `regional.<region>.ec2` section of an estate: EC2, VPC and EBS resources of one account and region,
 * each in the shape the Describe call returns (SDK output types). Timestamps (LaunchTime, StartTime,
 * CreateTime, CreationTime, CreationDate ...) may be Date objects or ISO strings: the protocol engine
 * encodes either. Owner ids left out default to the account's id.
 */
export interface Ec2Section {
  /** DescribeInstances. Reservations as AWS groups them ... */
  reservations?: Reservation[];
  /** ... or, for brevity, bare instances: each is served in a reservation of its own. */
  instances?: Instance[];
  /** DescribeSecurityGroups: IpPermissions / IpPermissionsEgress with IpRanges[].CidrIp, Ipv6Ranges[].CidrIpv6, UserIdGroupPairs. */
  securityGroups?: SecurityGroup[];
  /** DescribeNetworkAcls: Entries with RuleNumber, Protocol ("-1", "6", "17" ...), RuleAction, Egress, CidrBlock / Ipv6CidrBlock, PortRange. */
  networkAcls?: NetworkAcl[];
  vpcs?: Vpc[];
  /** DescribeFlowLogs: ResourceId is the VPC, subnet or ENI id the flow log is attached to. */
  flowLogs?: FlowLog[];
  volumes?: Volume[];
  /** GetEbsEncryptionByDefault; AWS's default is false. */
  ebsEncryptionByDefault?: boolean;
  /** GetEbsDefaultKmsKeyId; AWS's default is the account's aws/ebs alias. */
  ebsDefaultKmsKeyId?: string;
  /** DescribeSnapshots (owned by the account), each with its createVolumePermission attribute. */
  snapshots?: Ec2SnapshotEntry[];
  /** DescribeImages (owned by the account); `Public` is what the launch permission "all" group shows as. */
  images?: Image[];
  /** GetSnapshotBlockPublicAccessState; AWS's default is "unblocked". */
  snapshotBlockPublicAccessState?: SnapshotBlockPublicAccessState;
}

/** A snapshot plus the attribute DescribeSnapshotAttribute(createVolumePermission) returns for it. */
export type Ec2SnapshotEntry = Snapshot & {
  /** `[{ Group: 'all' }]` is a public snapshot; `[{ UserId }]` shares with one account. Default: not shared. */
  createVolumePermissions?: CreateVolumePermission[];
};
