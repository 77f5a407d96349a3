@description('Account for the app\'s own data: the tables.')
param dataAccountName string
@description('Account for the Functions host: keys, leases, timers, and the deployment package.')
param hostAccountName string
param location string
param tags object
@description('Premium (EP1) mounts its content share from Azure Files, which only takes an account key.')
param hostNeedsSharedKey bool
@description('Blob container the Flex Consumption plan deploys the package from.')
param deploymentContainerName string

@description('Every table the app uses; the Infra drift tests compare this list with the code.')
var tableNames = [
  'conversations'
  'conversationkeys'
  'inboxindex'
  'outbox'
  'teams'
  'agents'
  'routing'
  'schedules'
  'announcements'
  'notifications'
  'crisis'
  'moderation'
  'settings'
  'corrections'
  'presence'
  'models'
  'replies'
  'reportfacts'
]

resource data 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: dataAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: data
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource host 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: hostAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: hostNeedsSharedKey
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: host
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
}

output dataAccountId string = data.id
output dataAccountName string = data.name
output tableEndpoint string = data.properties.primaryEndpoints.table
output hostAccountId string = host.id
output hostAccountName string = host.name
output hostBlobEndpoint string = host.properties.primaryEndpoints.blob
output hostQueueEndpoint string = host.properties.primaryEndpoints.queue
output hostTableEndpoint string = host.properties.primaryEndpoints.table
