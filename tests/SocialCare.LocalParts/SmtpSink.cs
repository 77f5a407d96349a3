using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace SocialCare.LocalParts;

/// <summary>
/// A real SMTP server on loopback that keeps what it receives. <see cref="Refusing"/> makes it answer 421, as a mail
/// server having a bad hour would.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(MimeMessage Message, long At)> _messages = new();
    private readonly Task _accepting;
    private int _connections;
    private int _held;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public bool Refusing { get; set; }

    /// <summary>How long the sink waits after a message's data before it answers 250 (a slow mail server).</summary>
    public TimeSpan ReplyDelay { get; set; }

    /// <summary>Never answers a message's data and never keeps it: a mail server that hangs until the sender gives up.</summary>
    public bool Stalling { get; set; }

    /// <summary>Messages whose data arrived and whose answer is being held back (by <see cref="ReplyDelay"/> or <see cref="Stalling"/>).</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>SMTP sessions opened so far: a sender that reuses its connection opens fewer than it sends emails.</summary>
    public int Connections => Volatile.Read(ref _connections);
    public IReadOnlyList<MimeMessage> Messages => [.. _messages.Select(m => m.Message)];
    public IReadOnlyList<(MimeMessage Message, long At)> Received => [.. _messages];

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null, Func<MimeMessage, bool>? where = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var matching = Messages.Where(where ?? (_ => true)).ToList();
            if (matching.Count >= count) return matching;
            await Task.Delay(50);
        }
        return [.. Messages.Where(where ?? (_ => true))];
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        if (Refusing)
        {
            await writer.WriteLineAsync("421 sink is refusing mail for now");
            return;
        }
        await writer.WriteLineAsync("220 sink ESMTP");
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-sink");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        if (Refusing)
                        {
                            await writer.WriteLineAsync("451 sink is refusing mail for now");
                            break;
                        }
                        if (Stalling)
                        {
                            Interlocked.Increment(ref _held);
                            // Until the sender hangs up: nothing is kept, nothing is answered.
                            while (await reader.ReadLineAsync() is not null)
                            {
                            }
                            return;
                        }
                        if (ReplyDelay > TimeSpan.Zero)
                        {
                            Interlocked.Increment(ref _held);
                            await Task.Delay(ReplyDelay);
                        }
                        using (var raw = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())))
                        {
                            _messages.Enqueue((await MimeMessage.LoadAsync(raw), System.Diagnostics.Stopwatch.GetTimestamp()));
                        }
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
