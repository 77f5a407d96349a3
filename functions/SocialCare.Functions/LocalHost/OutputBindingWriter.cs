using System.Text;
using System.Text.Json;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>Sends a successful invocation's serviceBus outputs to their queues, as the host's binding would.</summary>
public sealed class OutputBindingWriter(IQueueSender sender)
{
    public async Task WriteAsync(FunctionDefinition function, byte[] response, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(response);
        if (!document.RootElement.TryGetProperty("Outputs", out var outputs) || outputs.ValueKind != JsonValueKind.Object) return;
        foreach (var binding in function.Outputs.Where(b => b.Type == BindingTypes.ServiceBus))
        {
            if (!outputs.TryGetProperty(binding.Name, out var value)) continue;
            var messages = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            await sender.SendBatchAsync(binding.QueueName!, [.. messages
                .Where(m => m.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                .Select(m => ToMessage(binding, m))], cancellationToken);
        }
    }

    private static OutgoingMessage ToMessage(BindingDefinition binding, JsonElement value)
    {
        var body = value.ValueKind == JsonValueKind.String ? StringBody(binding, value.GetString()!) : Encoding.UTF8.GetBytes(value.GetRawText());
        var id = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("messageId", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : Guid.NewGuid().ToString("N");
        return new OutgoingMessage(id, body);
    }

    // The host's base64 trap: a string that is valid base64 is decoded to bytes unless the binding says binary.
    private static byte[] StringBody(BindingDefinition binding, string text)
    {
        if (binding.IsBinary) return Convert.FromBase64String(text);
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(text);
    }
}
