using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Demo;

/// <summary>
/// <c>people.json</c>: staff with the posts they hold in units (or a system role), and applicants —
/// citizens by ID number, enterprises by unified social credit code — with the village they live in.
/// </summary>
internal static class PeopleFile
{
    public const string Name = "people.json";

    /// <summary>The <see cref="PersonRecord.Kind"/> of staff with a system role and no posts.</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "administrator", "auditor" };

    public static (IReadOnlyList<PersonRecord> People, IReadOnlyList<PostHoldingRecord> Holdings) Read(string path,
        IReadOnlyList<OrgUnitRecord> units, IReadOnlyList<PostRecord> posts, DateOnly today)
    {
        var unitsByCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var postCodes = posts.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var people = new List<PersonRecord>();
        var holdings = new List<PostHoldingRecord>();
        foreach (var (entry, index) in (DemoJson.Read<Document>(path).People ?? []).Select((p, i) => (p, i)))
        {
            var at = entry.UserName ?? $"people[{index}]";
            var userName = DemoJson.Required(entry.UserName, Name, at, "userName");
            if (people.Any(p => p.UserName == userName)) throw new DemoHallException(Name, at, $"用户名 {userName} 重复", $"user name {userName} appears twice");
            var person = new PersonRecord { UserName = userName, Name = DemoJson.Required(entry.Name, Name, at, "name"), Kind = "" };
            switch (entry.Kind)
            {
                case "staff":
                    person.Kind = Role(entry, at) ?? "staff";
                    if (entry.Unit is { } employer) Unit(unitsByCode, employer, at, "unit");
                    foreach (var holding in entry.Posts ?? [])
                    {
                        var post = DemoJson.Required(holding.Post, Name, at, "posts[].post");
                        if (!postCodes.Contains(post)) throw new DemoHallException(Name, at, $"岗位 {post} 不在 {PostsFile.Name} 中", $"post {post} is not in {PostsFile.Name}");
                        var unit = Unit(unitsByCode, DemoJson.Required(holding.Unit, Name, at, "posts[].unit"), at, "posts[].unit").Code;
                        if (!holdings.Any(h => h.UserName == userName && h.Post == post && h.UnitCode == unit))
                        {
                            holdings.Add(new PostHoldingRecord { UserName = userName, Post = post, UnitCode = unit });
                        }
                    }
                    break;
                case "person":
                    var id = CitizenIdNumber.Parse(entry.IdNumber, today);
                    if (!id.IsValid) throw new DemoHallException(Name, at, $"身份证号码有误：{id.Error.MessageZh}", $"wrong ID number: {id.Error.MessageEn}");
                    (person.Kind, person.Number, person.Phone, person.VillageCode) = ("person", id.Value.Value, entry.Phone, Village(unitsByCode, entry.Village, at));
                    break;
                case "enterprise":
                    var code = UnifiedSocialCreditCode.Parse(entry.Uscc);
                    if (!code.IsValid) throw new DemoHallException(Name, at, $"统一社会信用代码有误：{code.Error.MessageZh}", $"wrong unified social credit code: {code.Error.MessageEn}");
                    (person.Kind, person.Number, person.Phone, person.VillageCode) = ("enterprise", code.Value.Value, entry.Contact?.Phone, Village(unitsByCode, entry.Village, at));
                    break;
                default:
                    throw new DemoHallException(Name, at, $"kind \"{entry.Kind}\" 应为 staff、person 或 enterprise", $"kind \"{entry.Kind}\" must be staff, person or enterprise");
            }
            people.Add(person);
        }
        var numbers = people.Where(p => p.Number is not null).GroupBy(p => p.Number).FirstOrDefault(g => g.Count() > 1);
        if (numbers is not null) throw new DemoHallException(Name, numbers.Last().UserName, $"号码 {numbers.Key} 已属于 {numbers.First().UserName}", $"number {numbers.Key} already belongs to {numbers.First().UserName}");
        return (people, holdings);
    }

    private static string? Role(Entry entry, string at)
    {
        var roles = entry.Roles ?? [];
        if (roles.Count > 1) throw new DemoHallException(Name, at, "每人最多一个系统角色", "a person has at most one system role");
        if (roles.Count == 1 && !Roles.Contains(roles[0]))
        {
            throw new DemoHallException(Name, at, $"角色 \"{roles[0]}\" 应为 administrator 或 auditor", $"role \"{roles[0]}\" must be administrator or auditor");
        }
        if (roles.Count == 1 && entry.Posts is { Count: > 0 })
        {
            throw new DemoHallException(Name, at, "系统角色（管理员、审计员）不在岗位上办件", "a system role (administrator, auditor) holds no posts");
        }
        return roles.FirstOrDefault();
    }

    private static OrgUnitRecord Unit(Dictionary<string, OrgUnitRecord> units, string code, string at, string field) =>
        units.GetValueOrDefault(code) ?? throw new DemoHallException(Name, at, $"{field} {code} 不在 {OrganisationFile.Name} 中", $"{field} {code} is not in {OrganisationFile.Name}");

    private static string Village(Dictionary<string, OrgUnitRecord> units, string? code, string at)
    {
        var unit = Unit(units, DemoJson.Required(code, Name, at, "village"), at, "village");
        return unit.Level == nameof(OrgLevel.Village) ? unit.Code
            : throw new DemoHallException(Name, at, $"village {code} 不是村（社区）级单位", $"village {code} is not a village-level unit");
    }

    private sealed record Document(List<Entry>? People);

    private sealed record Entry(string? UserName, string? Name, string? Kind, string? Unit, List<Holding>? Posts, List<string>? Roles,
        string? IdNumber, string? Phone, string? Uscc, Contact? Contact, string? Village);

    private sealed record Holding(string? Post, string? Unit);

    private sealed record Contact(string? Name, string? Phone);
}
