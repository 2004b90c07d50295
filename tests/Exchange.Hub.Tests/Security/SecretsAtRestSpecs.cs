using System.Net.Http.Headers;
using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Tests.Security;

/// <summary>
/// What a real embedded hub leaves on disk and shows back: its folder and files are its user's alone, the custodial
/// keys it holds for institutions are stored only wrapped, and a learner's share code is never echoed by a case.
/// </summary>
public sealed class SecretsAtRestSpecs : IAsyncLifetime
{
    private const string Issuer = "UA-SECRETS-ISSUER";
    private const string University = "UA-SECRETS-UNIVERSITY";
    private const string LearnerId = "L-SECRETS-1";
    private static readonly string[] DatabaseFiles = ["hub.db", "hub.db-wal", "hub.db-shm"];
    private static readonly string[] KeyFiles = ["hub-attestation.pem", "token-signing.pem", SiloClusterCertificate.FileName, CustodialKeyProtector.FileName];
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task The_stored_state_of_an_institution_with_a_custodial_key_holds_no_private_key()
    {
        await CustodialIssuerAsync(Issuer);

        var rows = await InstitutionRowsAsync(Issuer);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.False(HoldsPrivateKey(row), "The institution's stored state holds a private key in clear."));
        // Nor anywhere in the database or its log: old pages are not rewritten, so nothing may ever go there in clear.
        foreach (var file in DatabaseFiles.Select(f => Path.Combine(_hub.Settings.DataFolder, f)).Where(File.Exists))
        {
            Assert.False(HoldsPrivateKey(await ReadSharedAsync(file)), $"{file} holds a private key in clear.");
        }
    }

    [Fact]
    public async Task The_data_folder_and_every_file_in_it_are_readable_by_the_hubs_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await CustodialIssuerAsync(Issuer + "-MODES");
        var data = _hub.Settings.DataFolder;
        var keys = Path.Combine(data, "keys");

        Assert.Equal(PrivateFolder.Mode, File.GetUnixFileMode(data));
        Assert.Equal(PrivateFolder.Mode, File.GetUnixFileMode(keys));
        var files = DatabaseFiles.Select(f => Path.Combine(data, f)).Concat(KeyFiles.Select(f => Path.Combine(keys, f)));
        foreach (var file in files)
        {
            Assert.True(File.Exists(file), $"{file} is missing.");
            Assert.Equal((file, PrivateFile.Mode), (file, File.GetUnixFileMode(file)));
        }
    }

    [Fact]
    public async Task A_case_shows_the_share_code_neither_in_the_answer_to_its_submission_nor_in_any_later_read()
    {
        await CustodialIssuerAsync(Issuer + "-SHARE");
        var reference = await IssueAndShareAsync(Issuer + "-SHARE");
        var university = new RecognitionService.RecognitionServiceClient(_hub.CreateChannel(UniversityToken()));

        var submitted = await university.SubmitRecognitionRequestAsync(Federation.CrossBorderRequests.Course("secrets-case-1", University, reference));
        var settled = submitted;
        await Eventually.True(async () =>
        {
            settled = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
            return settled.Status is not (CaseStatus.Received or CaseStatus.WaitingForPeer);
        }, TimeSpan.FromSeconds(30), "the case did not settle");
        using var http = _hub.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", UniversityToken());
        var rest = await http.GetStringAsync(new Uri($"/v1/recognition/cases/{submitted.CaseId}", UriKind.Relative));

        // The credential was fetched with the code: the case verified it.
        Assert.Contains(settled.VerificationReports, r => r.Verdict == VerificationVerdict.Valid);
        Assert.Equal(reference.CredentialId, submitted.Request.Credentials.Single().Reference.CredentialId);
        Assert.DoesNotContain(reference.ShareCode, submitted.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(reference.ShareCode, settled.ToString(), StringComparison.Ordinal);
        Assert.Contains(submitted.CaseId, rest, StringComparison.Ordinal);
        Assert.DoesNotContain(reference.ShareCode, rest, StringComparison.Ordinal);
    }

    private async Task CustodialIssuerAsync(string id)
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
    }

    private async Task<SharedCredentialRef> IssueAndShareAsync(string institutionId)
    {
        var issuer = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(institutionId, LearnerId, "secrets-1"));
        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    private string UniversityToken() => _hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University));

    /// <summary>The payloads of the institution's grain-state rows, read from hub.db as anyone with the file would.</summary>
    private async Task<List<byte[]>> InstitutionRowsAsync(string institutionId)
    {
        var path = Path.Combine(_hub.Settings.DataFolder, "hub.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE state_name = 'institution' AND grain_id LIKE $id";
        command.Parameters.AddWithValue("$id", "%" + institutionId + "%");
        var rows = new List<byte[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((byte[])reader[0]);
        }

        return rows;
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Whether <paramref name="bytes"/> contain the start every PKCS#8 P-256 private key .NET writes begins
    /// with (sequence, version 0, ecPublicKey, prime256v1).</summary>
    private static bool HoldsPrivateKey(byte[] bytes)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var header = key.ExportPkcs8PrivateKey().AsSpan(0, 27);
        return bytes.AsSpan().IndexOf(header) >= 0;
    }
}
