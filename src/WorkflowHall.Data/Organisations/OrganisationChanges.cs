using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Organisations;

/// <summary>
/// What administrators change in the organisation: units, staff and who holds which post where. Each
/// change is checked, audited, and makes this node's <see cref="HallDirectory"/> read the tree again at
/// once; other nodes read it within <see cref="HallDirectory.MaxAge"/>.
/// </summary>
public sealed partial class OrganisationChanges(IDbContextFactory<HallDbContext> contexts, HallDirectory directory, TimeProvider clock)
{
    public const string StaffKind = "staff";

    public async Task<HallResult<OrgUnitRecord>> AddUnitAsync(NewOrgUnit unit, string actor, CancellationToken cancellationToken = default)
    {
        var code = unit.Code?.Trim() ?? "";
        if (!UnitCode().IsMatch(code))
        {
            return Refuse("org.code", "code", "单位代码应为 2–50 位小写字母、数字或连字符（如 bz-qc-water）",
                "A unit code has 2–50 lower-case letters, digits or hyphens (such as bz-qc-water)");
        }
        var name = unit.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) return Refuse("org.name", "name", "名称必填，最多 200 字", "The name is required, at most 200 characters");
        if (unit.RegionCode is { Length: > 0 } region && !RegionCode().IsMatch(region.Trim()))
        {
            return Refuse("org.region", "regionCode", $"行政区划代码 {region} 应为 6 位数字", $"The region code {region} must be 6 digits");
        }
        string? uscc = null;
        if (!string.IsNullOrWhiteSpace(unit.Uscc))
        {
            var parsed = UnifiedSocialCreditCode.Parse(unit.Uscc);
            if (!parsed.IsValid) return Refuse(parsed.Error.Code, "uscc", $"统一社会信用代码有误：{parsed.Error.MessageZh}", $"The unified social credit code is wrong: {parsed.Error.MessageEn}");
            uscc = parsed.Value.Value;
        }
        else if (unit.Level != OrgLevel.Village)
        {
            return Refuse("org.uscc", "uscc", "除村（居）委会外，单位须有统一社会信用代码", "Every unit but a village committee needs a unified social credit code");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.OrgUnits.AnyAsync(u => u.Code == code, cancellationToken))
        {
            return Refuse("org.code-taken", "code", $"单位代码 {code} 已被使用", $"The unit code {code} is already in use");
        }
        var parentCode = string.IsNullOrWhiteSpace(unit.ParentCode) ? null : unit.ParentCode.Trim();
        if (parentCode is null && unit.Level != OrgLevel.Province)
        {
            return Refuse("org.parent", "parentCode", "请选择上级单位（只有省级单位没有上级）", "Choose the unit above (only a province has none)");
        }
        if (parentCode is not null)
        {
            var parent = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == parentCode, cancellationToken);
            if (parent is null) return Refuse("org.parent", "parentCode", $"上级单位 {parentCode} 不存在", $"There is no unit {parentCode}");
            if (Enum.Parse<OrgLevel>(parent.Level, true) > unit.Level)
            {
                return Refuse("org.level", "level", $"层级不能高于上级单位“{parent.Name}”的层级", $"The level cannot be above that of the unit above, {parent.Name}");
            }
        }

        var record = new OrgUnitRecord
        {
            Code = code, Name = name, NameEn = Blank(unit.NameEn), Level = unit.Level.ToString(), Kind = unit.Kind.ToString(),
            ParentCode = parentCode, RegionCode = Blank(unit.RegionCode), Uscc = uscc,
        };
        db.OrgUnits.Add(record);
        Audit(db, actor, "org.add-unit", code, name);
        if (!await SaveAsync(db, cancellationToken)) return Refuse("org.code-taken", "code", $"单位代码 {code} 已被使用", $"The unit code {code} is already in use");
        return record;
    }

    public async Task<HallResult<PersonRecord>> AddStaffAsync(NewStaffPerson person, string actor, CancellationToken cancellationToken = default)
    {
        var userName = person.UserName?.Trim() ?? "";
        if (!UserName().IsMatch(userName))
        {
            return Refuse("org.user-name", "userName", "用户名应为 3–50 位小写字母、数字、点或连字符，以字母开头（如 zhang.san）",
                "A user name has 3–50 lower-case letters, digits, dots or hyphens and begins with a letter (such as zhang.san)");
        }
        var name = person.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) return Refuse("org.person-name", "name", "姓名必填，最多 200 字", "The name is required, at most 200 characters");
        var phone = Blank(person.Phone);
        if (phone is not null && !Phone().IsMatch(phone)) return Refuse("org.phone", "phone", "电话号码只能包含数字和连字符", "A phone number has digits and hyphens only");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.People.AnyAsync(p => p.UserName == userName, cancellationToken)) return UserNameTaken(userName);
        var record = new PersonRecord { UserName = userName, Name = name, Kind = StaffKind, Phone = phone };
        db.People.Add(record);
        Audit(db, actor, "org.add-person", userName, name);
        if (!await SaveAsync(db, cancellationToken)) return UserNameTaken(userName);
        return record;
    }

    /// <summary>Takes back a person just added when their login could not be made (nothing else refers to them yet).</summary>
    public async Task ForgetNewStaffAsync(string userName, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.People.FindAsync([userName], cancellationToken) is { Kind: StaffKind } person && !await db.PostHoldings.AnyAsync(h => h.UserName == userName, cancellationToken))
        {
            db.People.Remove(person);
            Audit(db, actor, "org.remove-person", userName, "login not created");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<HallResult<PostHoldingRecord>> AssignPostAsync(string userName, string post, string unitCode, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserName == userName, cancellationToken);
        if (person is null) return Refuse("org.no-person", "userName", $"没有用户 {userName}", $"There is no user {userName}");
        if (person.Kind != StaffKind) return Refuse("org.not-staff", "userName", $"{person.Name} 不是工作人员，不能担任岗位", $"{person.Name} is not staff and cannot hold a post");
        if (!await db.Posts.AnyAsync(p => p.Code == post, cancellationToken)) return Refuse("org.no-post", "post", $"没有岗位 {post}", $"There is no post {post}");
        if (!await db.OrgUnits.AnyAsync(u => u.Code == unitCode, cancellationToken)) return Refuse("org.no-unit", "unit", $"没有单位 {unitCode}", $"There is no unit {unitCode}");
        if (await db.PostHoldings.AnyAsync(h => h.UserName == userName && h.Post == post && h.UnitCode == unitCode, cancellationToken)) return AlreadyHeld(person.Name);

        var holding = new PostHoldingRecord { UserName = userName, Post = post, UnitCode = unitCode };
        db.PostHoldings.Add(holding);
        Audit(db, actor, "org.assign-post", userName, $"{post}@{unitCode}");
        if (!await SaveAsync(db, cancellationToken)) return AlreadyHeld(person.Name);
        return holding;
    }

    public async Task<HallResult<PostHoldingRecord>> RemovePostAsync(string userName, string post, string unitCode, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var holding = await db.PostHoldings.FindAsync([userName, post, unitCode], cancellationToken);
        if (holding is null) return Refuse("org.not-held", "post", $"{userName} 没有在该单位担任岗位 {post}", $"{userName} does not hold the post {post} in that unit");
        db.PostHoldings.Remove(holding);
        Audit(db, actor, "org.remove-post", userName, $"{post}@{unitCode}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by someone else meanwhile: what was asked for is so.
        }
        directory.Invalidate();
        return holding;
    }

    private async Task<bool> SaveAsync(HallDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
        {
            return false;
        }
        directory.Invalidate();
        return true;
    }

    private void Audit(HallDbContext db, string actor, string action, string subject, string? detail) =>
        db.AuditRecords.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, Actor = actor, Action = action, Subject = subject, Detail = detail });

    private static HallError Refuse(string code, string target, string zh, string en) => new(code, zh, en) { Target = target };

    private static HallError UserNameTaken(string userName) =>
        Refuse("org.user-name-taken", "userName", $"用户名 {userName} 已被使用", $"The user name {userName} is already in use");

    private static HallError AlreadyHeld(string name) =>
        Refuse("org.already-held", "post", $"{name} 已在该单位担任此岗位", $"{name} already holds this post in that unit");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$")]
    private static partial Regex UnitCode();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,49}$")]
    private static partial Regex UserName();

    [GeneratedRegex("^[0-9][0-9-]{2,19}$")]
    private static partial Regex Phone();
}
