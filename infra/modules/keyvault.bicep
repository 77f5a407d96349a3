param name string
param location string
param tags object
@description('Subnet the vault\'s private endpoint takes an address in.')
param privateEndpointSubnetId string
@description('Private DNS zone (privatelink.vaultcore…) linked to the app\'s virtual network.')
param privateDnsZoneId string

// Closed to the internet: the app resolves its Key Vault references through the private endpoint below.
// Purge protection: a deleted vault and its secrets stay recoverable for the retention period, whoever deletes them.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: '${name}-pe'
  location: location
  tags: tags
  properties: {
    subnet: { id: privateEndpointSubnetId }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: ['vault']
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'vault'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'vault'
          properties: { privateDnsZoneId: privateDnsZoneId }
        }
      ]
    }
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
