using System.Diagnostics;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>
/// The hub's descriptor sequence, kept in a small file in its keys folder (Hub:KeysFolder), which every silo of the
/// hub shares: each call takes the next number under an exclusive lock of the file, so the sequence only grows
/// across re-signings, restarts and silos, and peers can refuse any descriptor not newer than the one they hold.
/// </summary>
public sealed class DescriptorSequence(string keysFolder)
{
    public const string FileName = "descriptor-sequence";

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    public long Next()
    {
        Directory.CreateDirectory(keysFolder);
        var path = Path.Combine(keysFolder, FileName);
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                using var reader = new StreamReader(file, leaveOpen: true);
                var text = reader.ReadToEnd().Trim();
                var next = (text.Length == 0 ? 0 : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)) + 1;
                file.SetLength(0);
                using var writer = new StreamWriter(file);
                writer.Write(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Flush();
                file.Flush(flushToDisk: true);
                return next;
            }
            catch (IOException) when (waiting.Elapsed < LockWait)
            {
                // Another silo holds the lock for the microseconds of its own increment.
                Thread.Sleep(10);
            }
        }
    }
}
