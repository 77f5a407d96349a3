using System.Net;
using System.Net.Sockets;
using SocialCare.LocalParts;

namespace SocialCare.Tests.LocalParts;

/// <summary>Ports for servers started later come from below the kernel's ephemeral range, each once, and are free.</summary>
public sealed class FreePortTests
{
    [Fact]
    public void Ports_are_free_distinct_and_below_the_range_outgoing_connections_use()
    {
        var ephemeralLow = File.Exists("/proc/sys/net/ipv4/ip_local_port_range")
            ? int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture)
            : 32768;

        var ports = Enumerable.Range(0, 50).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, 20000, ephemeralLow - 1));
        using var listener = new TcpListener(IPAddress.Loopback, ports[^1]);
        listener.Start(); // still free to bind
    }

    [Fact]
    public void A_port_in_use_is_never_given()
    {
        // Occupy a stretch of the range; none of it may come back.
        var held = new List<TcpListener>();
        try
        {
            for (var port = 20000; port < 20200; port++)
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                try
                {
                    listener.Start();
                    held.Add(listener);
                }
                catch (SocketException)
                {
                    listener.Dispose();
                }
            }
            var taken = held.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToHashSet();

            var given = Enumerable.Range(0, 300).Select(_ => FreePort.Next()).ToList();

            Assert.DoesNotContain(given, taken.Contains);
        }
        finally
        {
            foreach (var listener in held) listener.Dispose();
        }
    }
}
