param name string
param location string
param tags object

@description('The queues between the pipeline steps; the same names stand in QueueNames.cs and every function.json.')
var queueNames = [
  'classify'
  'route'
  'notify'
]

// Standard, not Basic: Basic has no duplicate detection.
resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource queues 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = [
  for queueName in queueNames: {
    parent: namespace
    name: queueName
    properties: {
      // Longest step (classification with a Language call and its retries, or an SMTP send) stays well under 2 minutes.
      lockDuration: 'PT2M'
      maxDeliveryCount: 10
      deadLetteringOnMessageExpiration: true
      defaultMessageTimeToLive: 'P14D'
      // Message ids derive from the platform's event id; Meta retries a webhook for up to 36 hours,
      // so two days catches every platform retry with margin (Service Bus allows up to 7 days).
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: 'P2D'
      requiresSession: false
      enablePartitioning: false
    }
  }
]

output id string = namespace.id
output name string = namespace.name
// serviceBusEndpoint reads https://<name>.servicebus.windows.net:443/ in the public cloud; keep only the host.
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
