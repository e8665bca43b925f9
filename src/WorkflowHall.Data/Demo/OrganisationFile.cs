using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Demo;

/// <summary>
/// <c>organisations.json</c>: <c>{ "units": [ … ] }</c>, parents before children. Level and kind are
/// stored as the names of <see cref="OrgLevel"/> and <see cref="OrgUnitKind"/> (<c>Province</c>, <c>ServicePoint</c> …).
/// </summary>
internal static class OrganisationFile
{
    public const string Name = "organisations.json";

    public static IReadOnlyList<OrgUnitRecord> Read(string path)
    {
        var units = new List<OrgUnitRecord>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in (DemoJson.Read<Document>(path).Units ?? []).Select((u, i) => (u, i)))
        {
            var at = entry.Code ?? $"units[{index}]";
            var code = DemoJson.Required(entry.Code, Name, at, "code");
            if (!codes.Add(code)) throw new DemoHallException(Name, at, $"单位代码 {code} 重复", $"unit code {code} appears twice");
            var level = Parse<OrgLevel>(entry.Level, at, "level");
            var kind = Parse<OrgUnitKind>(entry.Kind, at, "kind");
            if (entry.Parent is { } parent && !codes.Contains(parent))
            {
                throw new DemoHallException(Name, at, $"上级单位 {parent} 未在本单位之前定义", $"parent {parent} is not defined above this unit");
            }
            if (entry.Parent is null && units.Count > 0)
            {
                throw new DemoHallException(Name, at, "只有第一个单位（根）可以没有上级", "only the first unit (the root) may have no parent");
            }
            if (entry.Uscc is { } uscc && UnifiedSocialCreditCode.Parse(uscc) is { IsValid: false, Error: { } error })
            {
                throw new DemoHallException(Name, at, $"统一社会信用代码有误：{error.MessageZh}", $"wrong unified social credit code: {error.MessageEn}");
            }
            if (entry.RegionCode is { } region && (region.Length != 6 || !region.All(char.IsAsciiDigit)))
            {
                throw new DemoHallException(Name, at, $"行政区划代码 {region} 应为 6 位数字", $"region code {region} must be 6 digits");
            }
            units.Add(new OrgUnitRecord
            {
                Code = code, Name = DemoJson.Required(entry.Name, Name, at, "name"), NameEn = entry.NameEn,
                Level = level.ToString(), Kind = kind.ToString(), ParentCode = entry.Parent, RegionCode = entry.RegionCode, Uscc = entry.Uscc,
            });
        }
        if (units.Count == 0) throw new DemoHallException(Name, null, "没有任何单位", "there are no units");
        return units;
    }

    private static T Parse<T>(string? value, string entry, string field) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value![0])
            ? parsed
            : throw new DemoHallException(Name, entry, $"{field} \"{value}\" 不是 {string.Join("、", Enum.GetNames<T>())} 之一",
                $"{field} \"{value}\" is not one of {string.Join(", ", Enum.GetNames<T>())}");

    private sealed record Document(List<Entry>? Units);

    private sealed record Entry(string? Code, string? Name, string? NameEn, string? Level, string? Kind, string? RegionCode, string? Uscc, string? Parent);
}
