namespace Exchange.Hub.Security;

/// <summary>
/// A folder only the hub's own OS user may enter (0700): the data folder and the keys folder hold private keys,
/// the key-encryption key and the database. Folders made by earlier versions are tightened as well.
/// </summary>
public static class PrivateFolder
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, Mode);
        try
        {
            if (File.GetUnixFileMode(path) != Mode)
            {
                File.SetUnixFileMode(path, Mode);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // A folder another user owns (e.g. a mounted secret) is the operator's to protect.
        }
    }
}
