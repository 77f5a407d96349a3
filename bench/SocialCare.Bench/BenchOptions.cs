using System.Globalization;

namespace SocialCare.Bench;

/// <summary>"--name value" options and "--name" flags.</summary>
internal sealed class BenchOptions(string[] args)
{
    public int Int(string name, int fallback)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public bool Flag(string name) => args.Contains("--" + name);
}
