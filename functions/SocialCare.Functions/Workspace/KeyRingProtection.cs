using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SocialCare.Functions.Workspace;

/// <summary>
/// Section "DataProtection": the certificate that encrypts the Data Protection key ring where it is kept (the
/// storage account's <c>dataprotection</c> table), so reading that table is not enough to forge the workspace's
/// antiforgery tokens or sign-in cookies. Each value is a PKCS#12 certificate (with its private key, no password) in
/// base64: what Key Vault hands out for a certificate it holds, or for a secret written as in docs/deploy.md.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Encrypts new keys and decrypts them. Empty (the local host): keys are kept unencrypted.</summary>
    public string? Certificate { get; set; }

    /// <summary>During a rotation, the certificate before <see cref="Certificate"/>: the keys it encrypted stay readable.</summary>
    public string? PreviousCertificate { get; set; }
}

public static partial class KeyRingProtection
{
    /// <summary>
    /// Encrypts the key ring with <see cref="KeyRingOptions.Certificate"/> (the framework's
    /// <c>ProtectKeysWithCertificate</c>), and decrypts with it or <see cref="KeyRingOptions.PreviousCertificate"/>.
    /// A value that is set but is not a certificate (a Key Vault reference that did not resolve, a wrong secret)
    /// does not stop the app, whose webhooks and pipeline need no key ring; but no key is then written unencrypted:
    /// creating one fails with a message naming the setting, never its value.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(options.Certificate)) return builder;
        if (Load(options.Certificate) is not { } current)
        {
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new RefusingXmlEncryptor($"{KeyRingOptions.SectionName}:{nameof(KeyRingOptions.Certificate)}"));
            return builder;
        }
        X509Certificate2[] readable = [current];
        if (!string.IsNullOrWhiteSpace(options.PreviousCertificate))
        {
            if (Load(options.PreviousCertificate) is { } previous)
            {
                readable = [current, previous];
            }
            else
            {
                // Said when the ring is first needed (the options are built then, once): new keys are fine, old ones lost.
                builder.Services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((_, loggers) => LogPreviousUnreadable(loggers.CreateLogger(typeof(KeyRingProtection))));
            }
        }
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate(readable);
    }

    private static X509Certificate2? Load(string base64)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64.Trim()), password: null);
            return certificate.HasPrivateKey ? certificate : null;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "DataProtection:PreviousCertificate is set but is not a PKCS#12 certificate with its private key, in base64: keys the previous certificate encrypted cannot be read, so forms rendered before the rotation fail once")]
    private static partial void LogPreviousUnreadable(ILogger logger);

    private sealed class RefusingXmlEncryptor(string setting) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
            throw new InvalidOperationException($"{setting} is set but is not a PKCS#12 certificate with its private key, in base64: no Data Protection key is written unencrypted. Put the certificate in Key Vault (docs/deploy.md) and restart the app.");
    }
}
