namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// Where the walkthrough's made-up outside issuers keep what they generate on the first launch: PEM files in a folder
/// of the run's data folder, private keys readable by the owner only, reused by a later run with <c>--keep</c>.
/// </summary>
internal static class DemoKeyFiles
{
    /// <summary>The text of <paramref name="path"/>, or null when the file is not there yet.</summary>
    public static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    public static void WritePublic(string path, string pem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, pem);
    }

    public static void WritePrivate(string path, string pem)
    {
        WritePublic(path, pem);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
