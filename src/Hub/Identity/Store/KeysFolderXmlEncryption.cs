using System.Text;
using System.Xml.Linq;
using Exchange.Hub.Security;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Exchange.Hub.Identity.Store;

/// <summary>
/// Encrypts each Data Protection key before it is written to the database, with the keys folder's key-encryption key
/// (<see cref="CustodialKeyProtector"/>), as the custodial keys are: a copy of the database alone cannot forge the
/// hub's web cookies or anti-forgery tokens. Every silo of a hub shares the keys folder, so each reads the others' keys.
/// </summary>
internal sealed class KeysFolderXmlEncryptor(CustodialKeyProtector protector) : IXmlEncryptor
{
    internal const string Owner = "data-protection";
    internal const string Purpose = "key-ring";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var wrapped = protector.Wrap(Owner, Purpose, Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)));
        var element = new XElement("wrappedKey",
            new XComment(" Wrapped with the keys folder's key-encryption key (custodial-kek.key). "),
            new XElement("value", Convert.ToBase64String(wrapped)));
        return new EncryptedXmlInfo(element, typeof(KeysFolderXmlDecryptor));
    }
}

/// <summary>Reads what <see cref="KeysFolderXmlEncryptor"/> wrote; created by Data Protection with the services.</summary>
internal sealed class KeysFolderXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var wrapped = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new FormatException("The wrapped Data Protection key has no value."));
        var xml = services.GetRequiredService<CustodialKeyProtector>().Unwrap(KeysFolderXmlEncryptor.Owner, KeysFolderXmlEncryptor.Purpose, wrapped);
        return XElement.Parse(Encoding.UTF8.GetString(xml));
    }
}
