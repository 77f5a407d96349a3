namespace SocialCare.Tests.Language;

/// <summary>Response bodies in the documented shape of analyze-text (api-version 2024-11-01).</summary>
internal static class LanguageFixtures
{
    public static string Detection(string iso, string name) => $$"""
        {
          "kind": "LanguageDetectionResults",
          "results": {
            "documents": [
              { "id": "1", "detectedLanguage": { "name": "{{name}}", "iso6391Name": "{{iso}}", "confidenceScore": 0.99, "script": "Latin", "scriptCode": "Latn" }, "warnings": [] }
            ],
            "errors": [],
            "modelVersion": "2023-12-01"
          }
        }
        """;

    public const string NegativeSentiment = """
        {
          "kind": "SentimentAnalysisResults",
          "results": {
            "documents": [
              {
                "id": "1",
                "sentiment": "negative",
                "confidenceScores": { "positive": 0.02, "neutral": 0.07, "negative": 0.91 },
                "sentences": [
                  {
                    "sentiment": "negative",
                    "confidenceScores": { "positive": 0.02, "neutral": 0.07, "negative": 0.91 },
                    "offset": 0,
                    "length": 40,
                    "text": "Kurier zgubił paczkę, obsługa milczy.",
                    "targets": [
                      { "sentiment": "negative", "confidenceScores": { "positive": 0.01, "negative": 0.99 }, "offset": 0, "length": 6, "text": "Kurier",
                        "relations": [ { "relationType": "assessment", "ref": "#/documents/0/sentences/0/assessments/0" } ] }
                    ],
                    "assessments": [
                      { "sentiment": "negative", "confidenceScores": { "positive": 0.01, "negative": 0.99 }, "offset": 7, "length": 6, "text": "zgubił", "isNegated": false }
                    ]
                  }
                ],
                "warnings": []
              }
            ],
            "errors": [],
            "modelVersion": "2025-01-01"
          }
        }
        """;

    public const string Throttled = """{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 1 seconds."}}""";

    public const string ServerError = """{"error":{"code":"InternalServerError","message":"Internal server error"}}""";
}
