using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Adapters.Intent;
using SocialCare.Core.Classification;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Routing;

namespace SocialCare.Tests.Classification;

/// <summary>
/// The loop from the agents' corrections to the model every instance uses: Retrain learns them, promotes a model
/// only when it is not worse on corrections it held back, keeps every version, and rolls back.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class RetrainTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    /// <summary>
    /// The first writer's English file of <c>data/care</c> (325 messages): what is tested is the loop, not the model's
    /// accuracy, and a retrain on the whole corpus costs this suite a CPU-minute per test on two shared cores (the
    /// first writer's three files, 975 messages: 16 CPU-seconds for the suite against 14).
    /// </summary>
    private static readonly IntentCorpusFolder FirstWriter = new(Path.Combine(AppContext.BaseDirectory, "RetrainCorpus"));

    public async Task InitializeAsync() =>
        _app = await RoutingApp.StartAsync(RoutingApp.TuesdayMorning, services: s => s.AddSingleton(FirstWriter));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private ActiveIntentModel Active => _app.App.Services.GetRequiredService<ActiveIntentModel>();

    [Fact]
    public async Task Corrections_are_learned_after_a_retrain_and_every_instance_picks_the_new_model_up()
    {
        string[] texts =
        [
            "the blorptastic kit for my garden", "blorptastic kit again for the balcony", "one more blorptastic kit for the terrace",
            "blorptastic kit, the green one", "the blorptastic kit in grey",
        ];
        // Teach an intent the shipped model gives none of these texts, so learning it is the retrain's doing.
        var before = texts.Select(t => Active.Predict(t, IntentSignals.Of(t))?.Intent).ToList();
        var taught = new[] { Intent.Spam, Intent.Praise, Intent.Abuse, Intent.PurchaseIntent }.First(i => !before.Contains(i));
        await CorrectAsync(texts, IntentNames.Of(taught));

        await _app.RetrainAsync();

        var model = await ModelAsync();
        Assert.Equal("store", (string?)model["source"]);
        Assert.Equal(4, (int)model["active"]!["corrections"]!);
        Assert.Equal(1, (int)model["active"]!["figures"]!["heldback.count"]!);
        var classified = await _app.Client.PostAsJsonAsync("/api/classify", new { items = new[] { new { id = "c1", text = texts[1] } } });
        Assert.Equal(IntentNames.Of(taught), (string?)(await classified.Content.ReadFromJsonAsync<JsonObject>())!["items"]![0]!["intent"]);

        var elsewhere = new ActiveIntentModel();
        await new IntentModelRefresher(_app.App.Services.GetRequiredService<TableIntentModelStore>(), elsewhere, _app.Time, NullLogger<IntentModelRefresher>.Instance)
            .RefreshAsync(CancellationToken.None);
        Assert.Equal((string?)model["active"]!["version"], elsewhere.Current?.Info.Version);
        Assert.Equal(taught, elsewhere.Predict(texts[2], IntentSignals.Of(texts[2]))?.Intent);
    }

    [Fact]
    public async Task Priority_corrections_are_learned_after_a_retrain_for_messages_like_them_only()
    {
        // Agents raise complaints about one product to P2 (the rules give a complaint P3); the fifth is held back.
        string[] corrected =
        [
            "the quorbl alarm on my door stopped working", "quorbl alarm keeps beeping all night", "my quorbl alarm is dead again",
            "quorbl alarm went off for no reason", "quorbl alarm not arming since yesterday",
        ];
        await CorrectAsync(corrected, "complaint", priority: 2);

        await _app.RetrainAsync();

        var model = await ModelAsync();
        Assert.Equal("store", (string?)model["source"]);
        Assert.Equal(4, (int)model["active"]!["priorityCorrections"]!);
        Assert.Equal(1, (int)model["active"]!["figures"]!["priority.heldback.count"]!);
        Assert.Equal(1.0, (double)model["active"]!["figures"]!["priority.heldback.accuracy"]!);
        Assert.Equal(0.0, (double)model["active"]!["figures"]!["priority.heldback.accuracy.previous"]!);
        var like = await ClassifyAsync("the quorbl alarm in the hall is broken");
        var unlike = await ClassifyAsync("my parcel came a week late and the box was torn");
        Assert.Equal(2, (int)like["priority"]!["level"]!);
        Assert.Equal(PriorityRules.LearnedReason, (string?)like["priority"]!["reasons"]![0]);
        Assert.Equal(3, (int)unlike["priority"]!["level"]!);
    }

    [Fact]
    public async Task A_model_worse_on_the_held_back_corrections_is_kept_but_not_promoted()
    {
        // Four corrections teach that asking when a parcel ships is spam; the fifth, held back, says it is a question.
        await CorrectAsync(["kiedy wyślecie paczkę nr 1101?", "kiedy wyślecie paczkę nr 2202?", "kiedy wyślecie paczkę nr 3303?", "kiedy wyślecie paczkę nr 4404?"], "spam");
        await CorrectAsync(["kiedy wyślecie paczkę nr 5505?"], "question", first: 4);
        var shipped = Active.Current!.Info.Version;

        await _app.RetrainAsync();

        var model = await ModelAsync();
        Assert.Equal("shipped", (string?)model["source"]);
        Assert.Equal(shipped, (string?)model["active"]!["version"]);
        var kept = Assert.Single(model["versions"]!.AsArray());
        Assert.True((double)kept!["figures"]!["heldback.accuracy"]! < (double)kept["figures"]!["heldback.accuracy.previous"]!, kept.ToJsonString());
    }

    [Fact]
    public async Task The_active_model_rolls_back_to_the_one_before_and_forward_again_by_version()
    {
        await CorrectAsync(["zzz glorp widget broke", "glorp widget broke again", "glorp broke, third one", "my glorp is broken", "glorp widget broken too"], "complaint");
        await _app.RetrainAsync();
        var promoted = (string?)(await ModelAsync())["active"]!["version"];

        var back = await _app.Client.PostAsync("/api/models/intent/rollback", null);
        var afterBack = await ModelAsync();
        var forward = await _app.Client.PostAsJsonAsync("/api/models/intent/rollback", new { version = promoted });
        var unknown = await _app.Client.PostAsJsonAsync("/api/models/intent/rollback", new { version = "r19990101000000" });

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal("shipped", (string?)afterBack["source"]);
        Assert.Equal(HttpStatusCode.OK, forward.StatusCode);
        Assert.Equal(promoted, (string?)(await ModelAsync())["active"]!["version"]);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.App.Anonymous.GetAsync("/api/models/intent")).StatusCode);
    }

    [Fact]
    public async Task A_model_bigger_than_one_table_transaction_holds_is_stored_and_loaded_whole()
    {
        // The shipped model of the whole corpus with a learned priority: over 3 MB, over 4 MiB as base64, which is more
        // than one table transaction carries; a retrain on the whole corpus saves a model this size.
        var shipped = IntentModelFiles.Load(IntentModelFiles.Shipped);
        var big = shipped.With(shipped.Info with { Version = "r20261204120000" })
            .WithPriority(IntentTrainer.TrainPriority(FirstWriterExamples(), [new("quorbl alarm dead again", 3, 2)], IntentRetrainer.CorrectionWeight));
        using var bytes = new MemoryStream();
        big.Save(bytes);
        Assert.True(bytes.Length * 4 / 3 > 4 * 1024 * 1024, $"{bytes.Length} bytes");
        var store = _app.App.Services.GetRequiredService<TableIntentModelStore>();

        await store.SaveAsync(big, default);
        var loaded = await store.LoadAsync("r20261204120000", default);

        Assert.NotNull(loaded);
        Assert.True(loaded.PredictsPriority);
        foreach (var text in new[] { "quorbl alarm broke", "gdzie jest moja paczka?", "спасибо, всё пришло" })
        {
            Assert.Equal(big.Predict(text, IntentSignals.Of(text)), loaded.Predict(text, IntentSignals.Of(text)));
            Assert.Equal(big.PredictPriority(text, PrioritySignals.Of(text, 3)), loaded.PredictPriority(text, PrioritySignals.Of(text, 3)));
        }
        Assert.Contains(await store.ListAsync(default), i => i.Version == "r20261204120000");
    }

    [Fact]
    public async Task Old_versions_and_a_save_cut_short_are_deleted_but_the_newest_and_what_a_rollback_reaches_stay()
    {
        var store = _app.App.Services.GetRequiredService<TableIntentModelStore>();
        var small = IntentTrainer.Train([new("gdzie paczka", Intent.Question, "pl"), new("super, dzięki", Intent.Praise, "pl")],
            new IntentModelInfo("x", DateTimeOffset.UnixEpoch, 2, 0, "small", new Dictionary<string, double>()));
        var versions = Enumerable.Range(0, 24).Select(i => $"r202601010{i:D2}000").ToList();
        foreach (var v in versions) await store.SaveAsync(small.With(small.Info with { Version = v }), default);
        // A save cut short before its info row, older than all of them.
        var models = await _app.App.Services.GetRequiredService<SocialCare.Adapters.Tables.TableClients>().GetAsync(SocialCare.Adapters.Tables.TableNames.Models, default);
        await models.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("intent|r20251231000000", "chunk-0000") { ["Data"] = new byte[] { 1, 2, 3 } });

        var gone = await store.PruneAsync([versions[0]], 20, default);

        Assert.Equal(4, gone); // versions 1-3 and the one cut short
        var left = (await store.ListAsync(default)).Select(i => i.Version).ToList();
        Assert.Equal([versions[0], .. versions[^20..]], left.Order(StringComparer.Ordinal));
        Assert.NotNull(await store.LoadAsync(versions[0], default));
        Assert.Empty(await models.QueryAsync<Azure.Data.Tables.TableEntity>("PartitionKey eq 'intent|r20251231000000'").ToListAsync());
    }

    private static IReadOnlyList<IntentExample> FirstWriterExamples() => IntentCorpus.Read(FirstWriter.Path).Examples;

    [Fact]
    public async Task A_stored_version_an_older_release_trained_on_other_features_is_refused_with_a_conflict_and_the_active_model_stays()
    {
        const string old = "r20001231000000";
        var store = _app.App.Services.GetRequiredService<TableIntentModelStore>();
        var small = IntentTrainer.Train([new("gdzie paczka", Intent.Question, "pl"), new("super, dzięki", Intent.Praise, "pl")],
            new IntentModelInfo(old, DateTimeOffset.UnixEpoch, 2, 0, "old", new Dictionary<string, double>()));
        await store.SaveAsync(small, default);
        // The bytes as a release before the shared linear model wrote them: its own "INT1" file.
        var models = await _app.App.Services.GetRequiredService<SocialCare.Adapters.Tables.TableClients>().GetAsync(SocialCare.Adapters.Tables.TableNames.Models, default);
        await models.UpsertEntityAsync(new Azure.Data.Tables.TableEntity($"intent|{old}", "chunk-0000") { ["Data"] = "INT1\0\0\0\0"u8.ToArray() }, Azure.Data.Tables.TableUpdateMode.Replace);
        var activeBefore = (string?)(await ModelAsync())["active"]!["version"];

        var refused = await _app.Client.PostAsJsonAsync("/api/models/intent/rollback", new { version = old });

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(activeBefore, (string?)(await ModelAsync())["active"]!["version"]);
    }

    private async Task<JsonObject> ModelAsync() => (await _app.Client.GetFromJsonAsync<JsonObject>("/api/models/intent"))!;

    private async Task<JsonObject> ClassifyAsync(string text)
    {
        var response = await _app.Client.PostAsJsonAsync("/api/classify", new { items = new[] { new { id = "c1", text } } });
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]![0]!.AsObject();
    }

    // Each text is a conversation of its own (routed as "other", at P3), corrected a minute after the one before.
    private async Task CorrectAsync(IReadOnlyList<string> texts, string intent, int first = 0, int? priority = null)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            var e = _app.Event($"rt{first + i}-{Guid.NewGuid():N}", texts[i], customer: $"rt-{intent}-{first + i}", key: $"post:rt-{intent}-{first + i}");
            await _app.RouteAsync(e, RoutingApp.Classified(Intent.Other, language: "en"));
            var list = await _app.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId=rt-{intent}-{first + i}");
            var id = (string)list!["items"]!.AsArray().Single()!["id"]!;
            var labelled = priority is null
                ? await _app.PutAsync($"/api/conversations/{id}/labels", new { intent, agentId = "anna" })
                : await _app.PutAsync($"/api/conversations/{id}/labels", new { intent, priority, agentId = "anna" });
            labelled.EnsureSuccessStatusCode();
            _app.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }
}
