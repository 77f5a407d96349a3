// Everything the app's identity may do, and nothing more (see infra/roles.md; the Infra tests compare the two).
@description('Principal id of the Function App\'s user-assigned identity.')
param appPrincipalId string
@description('Object id of the person running azd, allowed to write the platform secrets; empty to skip.')
param deployerPrincipalId string
@allowed(['User', 'ServicePrincipal'])
param deployerPrincipalType string
param serviceBusName string
param dataAccountName string
param hostAccountName string
param languageName string
param keyVaultName string
param applicationInsightsName string

// Every queue is sent to (webhook ingress to classify, output bindings to route and notify, dead-letter replay to each)
// and received from (its serviceBusTrigger, and the dead-letter listing and replay of its $deadletterqueue), so each
// gets both data roles on itself: nothing on the namespace, so no other entity in it is reachable with this identity.
var queueNames = [
  'classify'
  'route'
  'notify'
]

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName
}

resource queues 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' existing = [
  for queueName in queueNames: {
    parent: serviceBus
    name: queueName
  }
]

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource data 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataAccountName
}

resource host 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostAccountName
}

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: languageName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// Azure Service Bus Data Sender, per queue: the webhook ingress, the output bindings and the dead-letter replay send.
resource queueSenders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queueName, i) in queueNames: {
    scope: queues[i]
    name: guid(queues[i].id, appPrincipalId, '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39')
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39')
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Azure Service Bus Data Receiver, per queue: the trigger receives, completes and dead-letters; the dead-letter
// listing and replay lock and complete letters in the queue's $deadletterqueue.
resource queueReceivers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queueName, i) in queueNames: {
    scope: queues[i]
    name: guid(queues[i].id, appPrincipalId, '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0')
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0')
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Monitoring Metrics Publisher: the host and the handler send telemetry with Entra tokens (local auth is off).
resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, appPrincipalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor: conversations, routing, schedules and the other app tables.
resource dataTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: data
  name: guid(data.id, appPrincipalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Owner: the host's keys, timer and singleton leases, and the Flex deployment package.
resource hostBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: host
  name: guid(host.id, appPrincipalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor: the host's internal queues (scale and diagnostics).
resource hostQueues 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: host
  name: guid(host.id, appPrincipalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Cognitive Services User: call the Language analyze-text API with an Entra token.
resource languageUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: language
  name: guid(language.id, appPrincipalId, 'a97b65f3-24c7-4388-baec-2e87135dc908')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets User: resolve the @Microsoft.KeyVault(...) app settings.
resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, '4633458b-17de-408a-b874-0445c86b69e6')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets Officer for the person deploying, so they can put the platform secrets in (README.md, "Deploy to Azure").
resource vaultSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  scope: vault
  name: guid(vault.id, deployerPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}
