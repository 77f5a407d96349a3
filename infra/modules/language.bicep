param name string
param location string
param tags object
@allowed(['F0', 'S'])
param sku string

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: { name: sku }
  properties: {
    // Entra ID tokens are only accepted on a custom subdomain endpoint.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output id string = language.id
output endpoint string = language.properties.endpoint
output name string = language.name
