using System.Globalization;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// The newest checkpoint of each log, kept beside the key outside the database: a chain of checkpoints
/// shows an edit or a removal in its middle, but not its newest links dropped; this does. One file per
/// checkpoint, named by its number and created once, so nodes writing at the same time never move the
/// head backwards; older files are pruned. The folder is per database: it is named after the log's
/// checkpoint 1, which differs between databases.
/// </summary>
public sealed class CheckpointHeads(CheckpointOptions options)
{
    private const int Kept = 16;

    public void Record(string log, string genesisHash, long number, string hash)
    {
        var folder = Folder(log, genesisHash);
        SigningKeyFile.CreateFolder(folder);
        var path = Path.Combine(folder, Name(number));
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(file);
            writer.Write(hash);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Written before: a checkpoint with this number existed already (the verifier compares the two).
            return;
        }

        foreach (var old in Directory.EnumerateFiles(folder).Select(f => (Path: f, Number: Number(f))).Where(f => f.Number is { } n && n <= number - Kept).ToList())
        {
            File.Delete(old.Path);
        }
    }

    /// <summary>The newest recorded checkpoint of the log, or null when none was recorded for this database.</summary>
    public CheckpointHead? Newest(string log, string genesisHash)
    {
        var folder = Folder(log, genesisHash);
        if (!Directory.Exists(folder)) return null;
        var newest = Directory.EnumerateFiles(folder).Select(f => (Path: f, Number: Number(f))).Where(f => f.Number is not null).MaxBy(f => f.Number);
        if (newest.Path is null) return null;
        try
        {
            return new CheckpointHead(newest.Number!.Value, File.ReadAllText(newest.Path).Trim());
        }
        catch (FileNotFoundException)
        {
            return Newest(log, genesisHash); // pruned while read
        }
    }

    /// <summary>The highest checkpoint number recorded for the log in any database's folder; null when none was.</summary>
    public long? NewestOfAnyDatabase(string log)
    {
        if (!Directory.Exists(options.HeadFolder)) return null;
        return Directory.EnumerateDirectories(options.HeadFolder, log + "-*")
            .SelectMany(Directory.EnumerateFiles).Select(Number).Max();
    }

    private string Folder(string log, string genesisHash) => Path.Combine(options.HeadFolder, $"{log}-{genesisHash[..16]}");

    private static string Name(long number) => number.ToString("D12", CultureInfo.InvariantCulture);

    private static long? Number(string path) =>
        long.TryParse(Path.GetFileName(path), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
