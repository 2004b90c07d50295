using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// A temporary copy of the checkout's buf.yaml and protos/, so a test can add a deliberately broken
/// .proto and lint it with the real configuration. The google-proto-files module is linked, not copied.
/// </summary>
internal sealed class ScratchProtoWorkspace : IDisposable
{
    private readonly string _nodeModulesLink;

    public ScratchProtoWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("exchange-buf-").FullName;
        File.Copy(RepositoryRoot.Combine("buf.yaml"), Path.Combine(Root, "buf.yaml"));
        CopyTree(RepositoryRoot.Combine("protos"), Path.Combine(Root, "protos"));
        var clientFolder = Directory.CreateDirectory(Path.Combine(Root, "scripts", "node-client")).FullName;
        _nodeModulesLink = Path.Combine(clientFolder, "node_modules");
        Directory.CreateSymbolicLink(_nodeModulesLink, RepositoryRoot.Combine("scripts", "node-client", "node_modules"));
    }

    public string Root { get; }

    /// <summary>Writes a file under protos/exchange/v1 of the copy.</summary>
    public void WriteProto(string fileName, string text) =>
        File.WriteAllText(Path.Combine(Root, "protos", "exchange", "v1", fileName), text);

    public void Dispose()
    {
        // Remove the link itself first, so deleting the copy never reaches the real node_modules.
        new DirectoryInfo(_nodeModulesLink).Delete();
        Directory.Delete(Root, recursive: true);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
