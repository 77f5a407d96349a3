param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Only Entra ID tokens may write: the app's identity holds Monitoring Metrics Publisher on this component.
    DisableLocalAuth: true
  }
}

output applicationInsightsId string = insights.id
output applicationInsightsName string = insights.name
// The connection string names the component and its ingestion endpoint; with local auth off it authorizes nothing alone.
output connectionString string = insights.properties.ConnectionString
