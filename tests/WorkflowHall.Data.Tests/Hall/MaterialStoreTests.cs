using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Tests.Infrastructure;

namespace WorkflowHall.Data.Tests.Hall;

public class MaterialStoreTests
{
    private static int FilesIn(string root) => Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task An_oversized_upload_is_refused_before_anything_is_written()
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        var big = new byte[1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(big);

        var declared = await hall.Materials.SaveAsync(new MemoryStream(big), "大文件.pdf", big.Length);
        var undeclared = await hall.Materials.SaveAsync(new MemoryStream(big), "大文件.pdf", declaredLength: null);

        Assert.Equal("material.size", declared.Error!.Code);
        Assert.Equal("material.size", undeclared.Error!.Code);
        Assert.Contains("1 MB", declared.Error.MessageZh);
        Assert.Equal(0, FilesIn(hall.MaterialsRoot));
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.StoredFiles.CountAsync());
    }

    [Theory]
    [InlineData("病毒.exe", "material.type")]
    [InlineData("伪装.pdf", "material.content")]
    public async Task A_file_of_the_wrong_kind_is_refused_before_anything_is_written(string name, string code)
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        var result = await hall.Materials.SaveAsync(new MemoryStream("MZ\x90\0 not a pdf"u8.ToArray()), name, 16);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(0, FilesIn(hall.MaterialsRoot));
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_stored_once_under_its_hash()
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        var first = await hall.Materials.SaveAsync(new MemoryStream(SampleHall.Pdf), "a.pdf", null);
        var second = await hall.Materials.SaveAsync(new MemoryStream(SampleHall.Pdf), "b.pdf", null);

        Assert.Equal(first.Value!.Sha256, second.Value!.Sha256);
        Assert.Equal(1, FilesIn(hall.MaterialsRoot));
        await using var stored = hall.Materials.Open(first.Value.Sha256)!;
        Assert.Equal(SampleHall.Pdf.Length, stored.Length);
    }
}
