namespace Exchange.Hub.Security;

/// <summary>
/// A file only the hub's own OS user may read (0600), written with that mode from its first byte (never created
/// readable and narrowed afterwards).
/// </summary>
public static class PrivateFile
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="path"/> unless it exists. Two silos starting together may both write one:
    /// only the first rename wins and both then read that file.</summary>
    public static void WriteNew(string path, string text) => WriteNew(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static void WriteNew(string path, byte[] content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = new FileStream(temporary, CreateOptions()))
        {
            stream.Write(content);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Replaces <paramref name="path"/> whole by a rename, so a reader never sees half of it.</summary>
    public static void Replace(string path, string text)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = new FileStream(temporary, CreateOptions()))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Narrows an existing file (made by an earlier version, or by SQLite) to the owner.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != Mode)
        {
            File.SetUnixFileMode(path, Mode);
        }
    }

    /// <summary>Creates <paramref name="path"/> empty with the owner-only mode when it does not exist yet.</summary>
    public static void EnsureExists(string path)
    {
        if (!File.Exists(path))
        {
            try
            {
                using var _ = new FileStream(path, CreateOptions());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created by another silo or process in between; narrowed below.
            }
        }

        Restrict(path);
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
        }

        return options;
    }
}
