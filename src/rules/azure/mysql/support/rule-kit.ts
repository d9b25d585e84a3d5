export const MYSQL_TYPE = 'Microsoft.DBforMySQL/flexibleServers';

export const MYSQL_REFS = ['https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-server-parameters'];

export const mysqlTf = (name: string, value: string) =>
  `resource "azurerm_mysql_flexible_server_configuration" "${name}" {\n  name                = "${name}"\n  resource_group_name = azurerm_mysql_flexible_server.this.resource_group_name\n  server_name         = azurerm_mysql_flexible_server.this.name\n  value               = "${value}"\n}`;
