// SocialCare Functions on Azure: one resource group per azd environment.
// Local modules only (registry modules need network access to build). Overview: README.md, "Deploy to Azure".
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
param location string

@allowed(['flex', 'premium'])
@description('flex: Flex Consumption (FC1), pay per execution. premium: Elastic Premium (EP1), always warm.')
param hostingPlan string = 'flex'

@description('Object id of the person running azd (azd sets AZURE_PRINCIPAL_ID); gets Key Vault Secrets Officer to write the platform secrets.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
@description('Kind of principal principalId is: User when a person runs azd, ServicePrincipal in a pipeline.')
param principalType string = 'User'

@description('Email address for the operations alerts; empty creates the action group without a receiver.')
param alertEmail string = ''

@allowed(['F0', 'S'])
@description('Azure AI Language tier: F0 (5,000 text records a month, one per subscription) or S.')
param languageSku string = 'S'

@description('SMTP server for email notifications.')
param emailSmtpHost string = ''

@description('SMTP port; 587 with STARTTLS by default.')
param emailSmtpPort int = 587

@description('Whether the SMTP connection uses TLS.')
param emailUseTls bool = true

@description('SMTP user name (the password is the Key Vault secret Email-Password).')
param emailUser string = ''

@description('Sender address of notification emails.')
param emailFrom string = ''

@description('Where notifications go when a team has no address of its own.')
param notificationsEmail string = 'care-team@example.com'

@description('Who receives the Monday voice-of-the-customer digest (addresses separated by commas); empty means notificationsEmail.')
param reportsDigestRecipients string = ''

@description('Public base URL for signed links in notifications; empty means the Function App\'s default host name.')
param publicBaseUrl string = ''

@description('Largest webhook body accepted, in bytes; larger bodies are answered 413.')
param webhookMaxBodyBytes int = 1048576

@description('Active messages in a queue above which the backlog alert fires.')
param backlogAlertThreshold int = 1000

@description('Entra ID app registration (client id) that signs agents in to the workspace through App Service Authentication. Empty: Easy Auth stays off and the workspace cannot be signed in to. Its client secret goes to Key Vault as Entra-ClientSecret.')
param entraClientId string = ''

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'
// Key Vault references resolve with the app's identity (keyVaultReferenceIdentity); names are listed in infra/secrets.md.
var secrets = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}/secrets'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  name: 'identity'
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  scope: resourceGroup
  name: 'servicebus'
  params: {
    name: 'sb-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  name: 'storage'
  params: {
    dataAccountName: 'st${resourceToken}'
    hostAccountName: 'sth${resourceToken}'
    location: location
    tags: tags
    hostNeedsSharedKey: hostingPlan == 'premium'
    deploymentContainerName: deploymentContainerName
  }
}

module language 'modules/language.bicep' = {
  scope: resourceGroup
  name: 'language'
  params: {
    name: 'lang-${resourceToken}'
    location: location
    tags: tags
    sku: languageSku
  }
}

module network 'modules/network.bicep' = {
  scope: resourceGroup
  name: 'network'
  params: {
    vnetName: 'vnet-${resourceToken}'
    natGatewayName: 'ng-${resourceToken}'
    location: location
    tags: tags
    hostingPlan: hostingPlan
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: resourceGroup
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    privateEndpointSubnetId: network.outputs.privateEndpointSubnetId
    privateDnsZoneId: network.outputs.keyVaultPrivateDnsZoneId
  }
}

module roles 'modules/roles.bicep' = {
  scope: resourceGroup
  name: 'roles'
  params: {
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    serviceBusName: serviceBus.outputs.name
    dataAccountName: storage.outputs.dataAccountName
    hostAccountName: storage.outputs.hostAccountName
    languageName: language.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: resourceGroup
  name: 'functionapp'
  params: {
    planName: 'plan-${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    hostingPlan: hostingPlan
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostAccountName: storage.outputs.hostAccountName
    hostBlobEndpoint: storage.outputs.hostBlobEndpoint
    hostQueueEndpoint: storage.outputs.hostQueueEndpoint
    hostTableEndpoint: storage.outputs.hostTableEndpoint
    deploymentContainerName: deploymentContainerName
    appSubnetId: network.outputs.appSubnetId
    entraClientId: entraClientId
    // Every setting the code binds, as Section__Key (the Infra drift tests read this object from the compiled template).
    appSettings: {
      AZURE_CLIENT_ID: identity.outputs.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      // Application Insights takes Entra tokens only: the host and the handler's exporter both read this.
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identity.outputs.clientId}'
      // Service Bus trigger and output bindings: identity-based connection.
      ServiceBusConnection__fullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
      ServiceBusConnection__credential: 'managedidentity'
      ServiceBusConnection__clientId: identity.outputs.clientId
      // The app's own sends (webhook ingress, replays) read ServiceBusConnection too; these are its client retries.
      ServiceBus__MaxRetries: '3'
      Storage__TableEndpoint: storage.outputs.tableEndpoint
      Language__Endpoint: language.outputs.endpoint
      Email__SmtpHost: emailSmtpHost
      Email__SmtpPort: string(emailSmtpPort)
      Email__UseTls: string(emailUseTls)
      Email__User: emailUser
      Email__From: emailFrom
      Links__BaseUrl: empty(publicBaseUrl) ? 'https://${functionAppName}.azurewebsites.net' : publicBaseUrl
      Webhooks__MaxBodyBytes: string(webhookMaxBodyBytes)
      Notifications__DefaultEmail: notificationsEmail
      Reports__DigestRecipients: reportsDigestRecipients
      Routing__DefaultTeam: 'first-line'
      Classification__InfluencerFollowers: '10000'
      Crisis__Minimum: '10'
      Crisis__Multiplier: '3'
      Workspace__RefreshSeconds: '5'
      Announcements__LatenessMinutes: '30'
      Announcements__LeaseMinutes: '5'
      Api__FunctionKey: '@Microsoft.KeyVault(SecretUri=${secrets}/Api-FunctionKey/)'
      Listening__Secret: '@Microsoft.KeyVault(SecretUri=${secrets}/Listening-Secret/)'
      Meta__AppSecret: '@Microsoft.KeyVault(SecretUri=${secrets}/Meta-AppSecret/)'
      Meta__VerifyToken: '@Microsoft.KeyVault(SecretUri=${secrets}/Meta-VerifyToken/)'
      X__ConsumerSecret: '@Microsoft.KeyVault(SecretUri=${secrets}/X-ConsumerSecret/)'
      Telegram__SecretToken: '@Microsoft.KeyVault(SecretUri=${secrets}/Telegram-SecretToken/)'
      Telegram__BotToken: '@Microsoft.KeyVault(SecretUri=${secrets}/Telegram-BotToken/)'
      Vk__Secret: '@Microsoft.KeyVault(SecretUri=${secrets}/Vk-Secret/)'
      Vk__ConfirmationCode: '@Microsoft.KeyVault(SecretUri=${secrets}/Vk-ConfirmationCode/)'
      Vk__AccessToken: '@Microsoft.KeyVault(SecretUri=${secrets}/Vk-AccessToken/)'
      Email__Password: '@Microsoft.KeyVault(SecretUri=${secrets}/Email-Password/)'
      Teams__DefaultWebhookUrl: '@Microsoft.KeyVault(SecretUri=${secrets}/Teams-DefaultWebhookUrl/)'
      Links__SigningKey: '@Microsoft.KeyVault(SecretUri=${secrets}/Links-SigningKey/)'
      DataProtection__Certificate: '@Microsoft.KeyVault(SecretUri=${secrets}/DataProtection-Certificate/)'
      // The app trusts X-MS-CLIENT-PRINCIPAL only when Easy Auth runs in front of it (functionapp.bicep's authsettingsV2).
      Auth__EasyAuthEnabled: string(!empty(entraClientId))
      Auth__LoginPath: '/.auth/login/aad'
      MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: empty(entraClientId) ? '' : '@Microsoft.KeyVault(SecretUri=${secrets}/Entra-ClientSecret/)'
    }
  }
  dependsOn: [roles]
}

module alerts 'modules/alerts.bicep' = {
  scope: resourceGroup
  name: 'alerts'
  params: {
    namePrefix: resourceToken
    tags: tags
    alertEmail: alertEmail
    serviceBusId: serviceBus.outputs.id
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    backlogThreshold: backlogAlertThreshold
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_SERVICEBUS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_LANGUAGE_ENDPOINT string = language.outputs.endpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
