/** The driver-made asset for one subscription (id `/subscriptions/<id>`): subscription-wide settings are its aspects. */
export const SUBSCRIPTION_TYPE = 'Microsoft.Resources/subscriptions';
