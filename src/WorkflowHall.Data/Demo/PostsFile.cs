using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Demo;

/// <summary><c>posts.json</c>: <c>{ "posts": [ … ] }</c>, the posts (岗位) people hold in units.</summary>
internal static class PostsFile
{
    public const string Name = "posts.json";

    public static IReadOnlyList<PostRecord> Read(string path)
    {
        var posts = new List<PostRecord>();
        foreach (var (entry, index) in (DemoJson.Read<Document>(path).Posts ?? []).Select((p, i) => (p, i)))
        {
            var at = entry.Code ?? $"posts[{index}]";
            var code = DemoJson.Required(entry.Code, Name, at, "code");
            if (posts.Any(p => p.Code == code)) throw new DemoHallException(Name, at, $"岗位代码 {code} 重复", $"post code {code} appears twice");
            posts.Add(new PostRecord { Code = code, Name = DemoJson.Required(entry.Name, Name, at, "name"), NameEn = entry.NameEn, Description = entry.Description });
        }
        return posts;
    }

    private sealed record Document(List<Entry>? Posts);

    private sealed record Entry(string? Code, string? Name, string? NameEn, string? Description);
}
