// The one private path to Key Vault. Key Vault references are resolved from the app's own network, and App Service
// is not a trusted service for them, so a vault closed to the internet needs the app in a virtual network and the vault
// behind a private endpoint there. With VNet integration all outbound traffic leaves through the app subnet, so the
// NAT gateway gives the app its way to Service Bus, Storage, Language and the platform APIs (subnets are private).
param vnetName string
param natGatewayName string
param location string
param tags object
@allowed(['flex', 'premium'])
param hostingPlan string

// Key Vault's private link zone in this cloud: privatelink.vaultcore.azure.net in the public one.
var keyVaultPrivateDnsZone = 'privatelink.vaultcore.${replace(environment().suffixes.keyvaultDns, '.vault.', '')}'

resource natIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: '${natGatewayName}-ip'
  location: location
  tags: tags
  sku: { name: 'Standard' }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource nat 'Microsoft.Network/natGateways@2024-05-01' = {
  name: natGatewayName
  location: location
  tags: tags
  sku: { name: 'Standard' }
  properties: {
    publicIpAddresses: [{ id: natIp.id }]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      {
        // Flex Consumption integrates through Container Apps environments, Elastic Premium through server farms.
        name: 'app'
        properties: {
          addressPrefix: '10.40.0.0/24'
          defaultOutboundAccess: false
          natGateway: { id: nat.id }
          delegations: [
            {
              name: 'app'
              properties: { serviceName: hostingPlan == 'flex' ? 'Microsoft.App/environments' : 'Microsoft.Web/serverFarms' }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.40.1.0/24'
          defaultOutboundAccess: false
        }
      }
    ]
  }
}

resource vaultZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: keyVaultPrivateDnsZone
  location: 'global'
  tags: tags
}

resource vaultZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: vaultZone
  name: vnet.name
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}

output appSubnetId string = vnet.properties.subnets[0].id
output privateEndpointSubnetId string = vnet.properties.subnets[1].id
output keyVaultPrivateDnsZoneId string = vaultZone.id
