using System.Diagnostics;
using SocialCare.LocalParts;

namespace SocialCare.Bench;

/// <summary>
/// CPU used by this process (the app, the senders and the SMTP sink) and by Azurite's queue and table processes since
/// the meter started, per event: what each part costs, whatever else the shared machine is doing; latency alone does not say.
/// </summary>
internal sealed class CpuMeter(Azurite azurite)
{
    private readonly TimeSpan _app = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly (TimeSpan Queues, TimeSpan Tables) _azurite = azurite.CpuTime();

    public string PerEvent(int events)
    {
        var (queues, tables) = azurite.CpuTime();
        var app = Process.GetCurrentProcess().TotalProcessorTime - _app;
        return $"CPU per event: app and bench {Ms(app, events)}, Azurite queues {Ms(queues - _azurite.Queues, events)}, tables {Ms(tables - _azurite.Tables, events)}";
    }

    private static string Ms(TimeSpan cpu, int events) => $"{cpu.TotalMilliseconds / Math.Max(1, events):F1} ms";
}
