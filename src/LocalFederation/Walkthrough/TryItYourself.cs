using Exchange.LocalFederation.Launch;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>Copy-paste commands against the running hubs: health, hub info, a token, a gRPC call.</summary>
internal static class TryItYourself
{
    public static void Print(Narrator say, RunningFederation federation, RepositoryLayout layout)
    {
        var kz = federation["hub-kz"];
        var lv = federation["hub-lv"];
        say.Plain("");
        say.Plain("Try it yourself (from the repository root, while the hubs run):");
        foreach (var hub in federation.Hubs)
        {
            var cacert = $"--cacert {Relative(layout, hub.TlsCertificateFile)}";
            say.Plain($"  curl {cacert} {hub.HttpAddress}health; curl {cacert} {hub.HttpAddress}v1/hub/info        # {hub.HubId}");
        }

        say.Plain($"  # a token for hub-kz (signed with its key in {Relative(layout, kz.KeysFolder)}):");
        say.Plain($"  KZ=$(Hub__HubId=hub-kz Hub__KeysFolder={kz.KeysFolder} dotnet run --project src/Hub -- token --role institution --subject me --institution KZ-KAZNU)");
        say.Plain($"  curl -s --cacert {Relative(layout, kz.TlsCertificateFile)} -H \"Authorization: Bearer $KZ\" {kz.HttpAddress}v1/recognition/cases          # the university's cases");
        say.Plain($"  OFF=$(Hub__HubId=hub-lv Hub__KeysFolder={lv.KeysFolder} dotnet run --project src/Hub -- token --role officer --subject officer-1)");
        say.Plain($"  curl -s --cacert {Relative(layout, lv.TlsCertificateFile)} -H \"Authorization: Bearer $OFF\" {lv.HttpAddress}v1/review/queue                 # hub-lv's review queue");
        say.Plain($"  grpcurl -cacert {Relative(layout, kz.TlsCertificateFile)} -H \"authorization: Bearer $KZ\" 127.0.0.1:{kz.Ports.Grpc} exchange.v1.RecognitionService/ListRecognitionCases");
        say.Plain($"  hub logs: {Relative(layout, Path.GetDirectoryName(kz.DataFolder)!)}/<hub-id>/hub.log");
    }

    private static string Relative(RepositoryLayout layout, string path) => Path.GetRelativePath(layout.Root, path);
}
