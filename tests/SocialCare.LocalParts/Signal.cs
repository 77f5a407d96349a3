using System.Diagnostics;
using System.Globalization;

namespace SocialCare.LocalParts;

/// <summary>
/// A signal sent to a process by name ("TERM", "INT", "KILL") as <c>kill</c> sends it: how people and service managers
/// stop the processes the tests and drills start (.NET's <see cref="Process.Kill()"/> sends only SIGKILL).
/// </summary>
public static class Signal
{
    public static void Send(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {pid} failed with {kill.ExitCode}.");
    }
}
