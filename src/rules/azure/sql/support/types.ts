export const SQL_SERVER_TYPE = 'Microsoft.Sql/servers';
export const SQL_DATABASE_TYPE = 'Microsoft.Sql/servers/databases';
