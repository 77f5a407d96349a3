using System.Net;
using System.Net.Sockets;

namespace SocialCare.LocalParts;

/// <summary>
/// A free loopback TCP port for a server that binds it later (a child process, an emulator). Chosen below the kernel's
/// ephemeral range: a port the kernel hands out for "port 0" comes from the same range as the source ports of outgoing
/// connections, so between choosing it and the server binding it, a client socket could take it. That was seen as
/// "address already in use" in ShutdownTests while the drills ran beside them. Never the same port twice in a process.
/// </summary>
public static class FreePort
{
    private static readonly HashSet<int> Given = [];
    private static readonly (int Low, int High) Range = BelowEphemeral();

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(Range.Low, Range.High);
                if (Given.Add(port) && Bindable(port)) return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port in {Range.Low}–{Range.High - 1}.");
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Linux publishes its ephemeral range; 32768 is its default low end (and above what dev tools listen on here).
    private static (int Low, int High) BelowEphemeral()
    {
        var low = 32768;
        const string path = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(path) && File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
            && int.TryParse(first, out var parsed) && parsed > 22000)
        {
            low = parsed;
        }
        return (20000, low);
    }
}
