using System.Text;
using System.Text.Json;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.LocalHost;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

public sealed class EnvelopeTests
{
    private static readonly FunctionDefinition Classify = new("Classify", "", [
        new BindingDefinition("serviceBusTrigger", "in", "message", QueueName: "classify", DataType: "binary"),
        new BindingDefinition("serviceBus", "out", "next", QueueName: "route"),
    ]);

    // The same trigger without a dataType: the host binds it as a string.
    private static readonly FunctionDefinition ClassifyAsString = Classify with
    {
        Bindings = [new BindingDefinition("serviceBusTrigger", "in", "message", QueueName: "classify"), Classify.Bindings[1]],
    };

    [Theory]
    [InlineData("classify-binary.json", true)]
    [InlineData("classify-string.json", false)]
    [InlineData("classify-object.json", false)]
    public void Every_encoding_the_host_uses_yields_the_same_message(string fixture, bool binary)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Fixture("host", fixture)));
        var sut = new TriggerInvocation("Classify", document.RootElement.GetProperty("Data"), document.RootElement.GetProperty("Metadata"), binary ? Classify : ClassifyAsString);

        var message = sut.ReadJson("message", Core.Messages.CoreJson.Default.ClassifyMessage);

        Assert.Equal("listening:brand24:m42", message.MessageId);
        Assert.Equal("Czy pralka ma gwarancję?", message.Event.Text);
    }

    [Theory]
    [InlineData("classify-string.json", true)]
    [InlineData("classify-object.json", true)]
    [InlineData("classify-binary.json", false)]
    public void An_encoding_that_does_not_match_the_bindings_data_type_is_refused(string fixture, bool declaredBinary)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Fixture("host", fixture)));
        var sut = new TriggerInvocation("Classify", document.RootElement.GetProperty("Data"), document.RootElement.GetProperty("Metadata"), declaredBinary ? Classify : ClassifyAsString);

        Assert.Throws<EnvelopeException>(() => sut.ReadJson("message", Core.Messages.CoreJson.Default.ClassifyMessage));
    }

    [Fact]
    public void A_string_binding_encoded_three_times_is_refused_not_unwrapped_until_it_fits()
    {
        var text = "{\"messageId\":\"a1\"}";
        var overEncoded = JsonSerializer.Serialize(JsonSerializer.Serialize(JsonSerializer.Serialize(text)));
        using var document = JsonDocument.Parse($"{{\"Data\":{{\"message\":{overEncoded}}},\"Metadata\":{{}}}}");
        var sut = new TriggerInvocation("Classify", document.RootElement.GetProperty("Data"), document.RootElement.GetProperty("Metadata"), ClassifyAsString);

        // One layer comes off as the host's, leaving JSON text that is a string, not the message: refused.
        Assert.Equal(JsonSerializer.Serialize(text), Encoding.UTF8.GetString(sut.Read("message")));
        Assert.Throws<EnvelopeException>(() => sut.ReadJson("message", Core.Messages.CoreJson.Default.ClassifyMessage));
    }

    [Fact]
    public void What_the_local_host_builds_reads_back_byte_for_byte_for_either_data_type()
    {
        var body = Encoding.UTF8.GetBytes("{\"messageId\":\"a1\",\"text\":\"Zażółć \\\"gęślą\\\" jaźń\"}");
        foreach (var definition in new[] { Classify, ClassifyAsString })
        {
            using var document = JsonDocument.Parse(EnvelopeBuilder.ForQueueMessage(definition, definition.Trigger!, body, 1, "a1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
            var sut = new TriggerInvocation("Classify", document.RootElement.GetProperty("Data"), document.RootElement.GetProperty("Metadata"), definition);

            Assert.Equal(body, sut.Read("message"));
        }
    }

    [Fact]
    public void Metadata_scalars_lose_their_json_string_encoding()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Fixture("host", "classify-string.json")));
        var sut = new TriggerInvocation("Classify", document.RootElement.GetProperty("Data"), document.RootElement.GetProperty("Metadata"));

        Assert.Equal(3, sut.DeliveryCount);
        Assert.Equal("listening:brand24:m42", sut.MetadataScalar("MessageId"));
    }

    [Fact]
    public void A_string_binding_is_encoded_twice_and_its_properties_copied_into_metadata()
    {
        var trigger = new BindingDefinition("serviceBusTrigger", "in", "message", QueueName: "classify");
        var body = Encoding.UTF8.GetBytes("{\"messageId\":\"a1\",\"n\":4}");

        var envelope = EnvelopeBuilder.ForQueueMessage(Classify, trigger, body, 2, "a1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        using var document = JsonDocument.Parse(envelope);
        var data = document.RootElement.GetProperty("Data").GetProperty("message").GetString()!;
        Assert.Equal("\"{\\\"messageId\\\":\\\"a1\\\",\\\"n\\\":4}\"", data);
        var metadata = document.RootElement.GetProperty("Metadata");
        Assert.Equal("2", metadata.GetProperty("DeliveryCount").GetString());
        Assert.Equal("\"a1\"", metadata.GetProperty("MessageId").GetString());
        Assert.Equal("4", metadata.GetProperty("n").GetString());
        Assert.Equal("Classify", metadata.GetProperty("sys").GetProperty("MethodName").GetString());
    }

    [Fact]
    public void A_binary_binding_arrives_as_base64_of_the_raw_bytes()
    {
        var body = Encoding.UTF8.GetBytes("{\"messageId\":\"a1\"}");

        var envelope = EnvelopeBuilder.ForQueueMessage(Classify, Classify.Trigger!, body, 1, "a1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        using var document = JsonDocument.Parse(envelope);
        Assert.Equal(Convert.ToBase64String(body), document.RootElement.GetProperty("Data").GetProperty("message").GetString());
        Assert.False(document.RootElement.GetProperty("Metadata").TryGetProperty("messageId", out _));
    }

    [Fact]
    public async Task Outputs_send_one_message_per_array_element_and_decode_base64_strings_like_the_host()
    {
        var sender = new RecordingQueueSender();
        var sut = new OutputBindingWriter(sender);
        var response = Encoding.UTF8.GetBytes("""{"Outputs":{"next":[{"messageId":"x1"},{"messageId":"x2"}]},"Logs":[],"ReturnValue":null}""");

        await sut.WriteAsync(Classify, response, CancellationToken.None);
        await sut.WriteAsync(Classify, Encoding.UTF8.GetBytes("""{"Outputs":{"next":"dGVzdA=="}}"""), CancellationToken.None);

        Assert.Equal(["x1", "x2"], sender.Sent.Take(2).Select(s => s.Message.MessageId));
        Assert.All(sender.Sent, s => Assert.Equal("route", s.Queue));
        Assert.Equal("test", Encoding.UTF8.GetString(sender.Sent[2].Message.Body.Span));
    }

    [Fact]
    public void A_result_always_has_a_body_the_host_can_complete_with()
    {
        var json = TriggerResult.Empty().ToJson();

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("Logs").ValueKind);
        Assert.True(document.RootElement.TryGetProperty("ReturnValue", out _));
    }

    [Fact]
    public void The_documented_response_sample_reads_as_outputs()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Fixture("host", "response.json")));
        Assert.Equal("facebook:123_456", document.RootElement.GetProperty("Outputs").GetProperty("next").GetProperty("messageId").GetString());
    }

    private sealed class RecordingQueueSender : IQueueSender
    {
        public List<(string Queue, OutgoingMessage Message)> Sent { get; } = [];

        public Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken)
        {
            lock (Sent) Sent.Add((queue, message));
            return Task.CompletedTask;
        }
    }
}
