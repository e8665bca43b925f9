using System.Security.Cryptography;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// A private key kept in a file outside the database: read when it exists, otherwise created there,
/// readable by the owner only. Several nodes starting at once on shared storage agree on one key.
/// </summary>
internal static class SigningKeyFile
{
    /// <param name="path">Where the PEM file lives (an absolute path).</param>
    /// <param name="generate">A new key as PEM text, written when the file does not exist yet.</param>
    /// <param name="read">Reads the PEM text; throws <see cref="ArgumentException"/> or <see cref="CryptographicException"/> when it holds no usable key.</param>
    /// <param name="what">What the key is for, named in the error when the file cannot be read.</param>
    public static T ReadOrCreate<T>(string path, Func<string> generate, Func<string, T> read, string what)
    {
        if (File.Exists(path))
        {
            return ReadOnceWritten(path, read, what);
        }

        CreateFolder(Path.GetDirectoryName(path)!);

        // O_CREAT|O_EXCL on the key file itself: of several nodes starting at once exactly one creates
        // it; the others find it and read it once it is complete.
        var pem = generate();
        var write = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            write.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var file = new FileStream(path, write))
            using (var writer = new StreamWriter(file, System.Text.Encoding.ASCII))
            {
                writer.Write(pem);
                writer.Write('\n');
                writer.Flush();
                file.Flush(flushToDisk: true);
            }
            return read(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            return ReadOnceWritten(path, read, what);
        }
    }

    /// <summary>A folder readable by the owner only (on Unix), created with its parents when missing.</summary>
    public static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Reads a key file another node is still writing: waits a little for it to be whole.</summary>
    private static T ReadOnceWritten<T>(string path, Func<string, T> read, string what)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return Read(path, read, what);
            }
            catch (Exception e) when (attempt < 100 && e is IOException or InvalidOperationException)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static T Read<T>(string path, Func<string, T> read, string what)
    {
        try
        {
            return read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"The {what} file {path} holds no ECDSA P-256 private key ({e.Message}). Restore it, or move it away to have a new key generated.", e);
        }
    }
}
