param planName string
param appName string
param location string
param tags object
@allowed(['flex', 'premium'])
param hostingPlan string
@description('Resource id of the user-assigned identity the app runs as.')
param identityId string
@description('Client id of the same identity: the host and the code pick it with AZURE_CLIENT_ID / __clientId.')
param identityClientId string
param hostAccountName string
param hostBlobEndpoint string
param hostQueueEndpoint string
param hostTableEndpoint string
param deploymentContainerName string
@description('Subnet the app integrates with: its outbound path, and its only way to the Key Vault private endpoint.')
param appSubnetId string
@description('The app\'s own settings (Section__Key), composed in main.bicep.')
param appSettings object
@description('Entra ID app registration (client id) for App Service Authentication in front of the workspace; empty: no sign-in.')
param entraClientId string = ''
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 512

var isFlex = hostingPlan == 'flex'

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex ? { name: 'FC1', tier: 'FlexConsumption' } : { name: 'EP1', tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : 20
  }
}

// The host reaches its storage with the app's identity, never with a key (Premium's content share excepted).
var hostStorageSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: hostBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: hostQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: hostTableEndpoint
}

// Flex Consumption takes the runtime from functionAppConfig and rejects these settings; Premium needs them.
var premiumSettings = isFlex
  ? {}
  : {
      FUNCTIONS_EXTENSION_VERSION: '~4'
      FUNCTIONS_WORKER_RUNTIME: 'custom'
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: 'DefaultEndpointsProtocol=https;AccountName=${hostStorage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${hostStorage.listKeys().keys[0].value}'
      WEBSITE_CONTENTSHARE: toLower(appName)
      WEBSITE_RUN_FROM_PACKAGE: '1'
    }

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'handler' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: appSubnetId
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${hostBlobEndpoint}${deploymentContainerName}'
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identityId
              }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: instanceMemoryMB
          }
          runtime: {
            name: 'custom'
            version: '1.0'
          }
        }
      : null
    siteConfig: {
      linuxFxVersion: isFlex ? null : ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Linux Premium reaches private endpoints (the vault) only when all traffic routes through the VNet; Flex always does.
      vnetRouteAllEnabled: isFlex ? null : true
    }
  }

  // Deployments authenticate with Entra ID (azd, the Flex package blob); no user name and password for SCM or FTP.
  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }

  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  // Easy Auth with Entra ID. Unauthenticated requests pass through (webhooks, keyed API, signed links); the workspace
  // pages send a browser without a session to /.auth/login/aad themselves, and read the user from X-MS-CLIENT-PRINCIPAL.
  resource auth 'config' = if (!empty(entraClientId)) {
    name: 'authsettingsV2'
    properties: {
      platform: {
        enabled: true
      }
      globalValidation: {
        requireAuthentication: false
        unauthenticatedClientAction: 'AllowAnonymous'
      }
      httpSettings: {
        requireHttps: true
      }
      login: {
        tokenStore: {
          enabled: true
        }
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: entraClientId
            clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
            openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          }
          validation: {
            allowedAudiences: [
              'api://${entraClientId}'
            ]
          }
        }
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(hostStorageSettings, premiumSettings, appSettings)
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output id string = app.id
