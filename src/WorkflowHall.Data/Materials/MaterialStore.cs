using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Materials;

/// <summary>
/// Uploaded materials, stored once under their SHA-256 (<c>ab/cd/abcd…</c>), metadata in the database.
/// An oversized file or one whose bytes are not the kind it claims is refused before anything is
/// written; an identical file uploaded twice is stored once.
/// </summary>
public sealed class MaterialStore(IDbContextFactory<HallDbContext> contexts, MaterialStoreOptions options, TimeProvider clock)
{
    /// <summary>The kinds a scan or an electronic document may be, recognised by their first bytes.</summary>
    private static readonly (string ContentType, string[] Extensions, byte[] Magic)[] Kinds =
    [
        ("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        ("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("application/ofd", [".ofd"], [0x50, 0x4B, 0x03, 0x04]), // OFD (GB/T 33190) is a ZIP package
    ];

    public async Task<HallResult<StoredFileRecord>> SaveAsync(Stream content, string fileName, long? declaredLength, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extensions.Contains(extension));
        if (kind.ContentType is null)
        {
            return new HallError("material.type", $"不支持的文件类型“{extension}”，请上传 PDF、JPG、PNG 或 OFD",
                $"File type “{extension}” is not accepted; upload PDF, JPG, PNG or OFD") { Target = fileName };
        }
        if (declaredLength > options.MaxBytes) return TooLarge(fileName, declaredLength.Value);

        // Read at most one byte more than allowed: enough to know it is too large, never the whole of it.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes) return TooLarge(fileName, buffer.Length);
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) return new HallError("material.empty", $"文件“{fileName}”是空的", $"File “{fileName}” is empty") { Target = fileName };
        if (!bytes.AsSpan().StartsWith(kind.Magic))
        {
            return new HallError("material.content", $"文件“{fileName}”的内容不是 {extension} 文件", $"The content of “{fileName}” is not a {extension} file")
            {
                Target = fileName,
            };
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(sha);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.StoredFiles.FindAsync([sha], cancellationToken);
        if (record is null)
        {
            record = new StoredFileRecord { Sha256 = sha, Size = bytes.Length, ContentType = kind.ContentType, StoredAt = clock.GetUtcNow().UtcDateTime };
            db.StoredFiles.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
            {
                // The same file arrived twice at once: the other upload recorded it.
            }
        }
        return record;
    }

    public Stream? Open(string sha256) => File.Exists(PathOf(sha256)) ? File.OpenRead(PathOf(sha256)) : null;

    private string PathOf(string sha) => Path.Combine(Path.GetFullPath(options.Root), sha[..2], sha[2..4], sha);

    private HallError TooLarge(string fileName, long size) => new("material.size",
        $"文件“{fileName}”超过 {MaterialSize.Text(options.MaxBytes)} 的上限（{MaterialSize.Text(size)} 或更大）",
        $"File “{fileName}” exceeds the {MaterialSize.Text(options.MaxBytes)} limit ({MaterialSize.Text(size)} or more)") { Target = fileName };
}
