using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exchange.Hub.Identity.Demo;

/// <summary>The demo accounts and clients of one country, <c>seed/&lt;CC&gt;/accounts.json</c>.</summary>
internal sealed record DemoAccountsFile(IReadOnlyList<DemoAccount> Accounts, IReadOnlyList<DemoClient> Clients)
{
    public const string FileName = "accounts.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    public static DemoAccountsFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<DemoAccountsFile>(stream, Json)
            ?? throw new InvalidDataException($"{path} holds no demo accounts.");
    }
}

internal sealed record DemoAccount(string Username, string Password, string DisplayName, string Role, string? Institution = null, string? Learner = null, bool Commission = false);

/// <summary>A machine client: <c>client_credentials</c> (confidential, with a secret and the role and institution
/// its tokens carry) or <c>device_code</c> (public, a terminal a person approves).</summary>
internal sealed record DemoClient(string ClientId, string DisplayName, string Grant, string? Secret = null, string? Role = null, string? Institution = null);
