using System.Globalization;

namespace SocialCare.Bench;

/// <summary>"--name value" flags.</summary>
internal sealed class BenchOptions(string[] args)
{
    public int Int(string name, int fallback)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
