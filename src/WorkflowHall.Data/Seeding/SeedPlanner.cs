using System.Collections.Concurrent;
using System.Collections.Immutable;
using WorkflowHall.Data.Cases;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Plans generated cases over every matter, applicant village, channel and status, in two passes so a
/// million cases need little memory: <see cref="Plan"/> gives each case only its submission time (the
/// cases then take their numbers in that order), and <see cref="Script"/> later writes out one case in
/// full. Everything about case <c>i</c> comes from a random generator seeded with the seed and <c>i</c>,
/// drawn in a fixed order, so the two passes — and the services and the bulk path — agree.
/// </summary>
internal sealed class SeedPlanner
{
    public static readonly ImmutableArray<CaseStatus> Statuses =
    [
        CaseStatus.Submitted, CaseStatus.SupplementRequested, CaseStatus.NotAccepted, CaseStatus.Accepted, CaseStatus.InReview, CaseStatus.Suspended,
        CaseStatus.Extended, CaseStatus.Approved, CaseStatus.Refused, CaseStatus.Closed, CaseStatus.Withdrawn,
    ];

    private static readonly ImmutableDictionary<CaseStatus, double> StatusWeights = new Dictionary<CaseStatus, double>
    {
        [CaseStatus.Submitted] = 9, [CaseStatus.SupplementRequested] = 6, [CaseStatus.NotAccepted] = 5, [CaseStatus.Accepted] = 8,
        [CaseStatus.InReview] = 11, [CaseStatus.Suspended] = 4, [CaseStatus.Extended] = 4, [CaseStatus.Approved] = 8, [CaseStatus.Refused] = 5,
        [CaseStatus.Closed] = 36, [CaseStatus.Withdrawn] = 4,
    }.ToImmutableDictionary();

    private static readonly string[] SupplementIssues = ["复印件不清晰", "缺少申请人签字", "已超过有效期", "填写内容不完整", "与原件不一致"];

    private readonly SeedCatalog _catalog;
    private readonly IReadOnlyList<SeedApplicant> _applicants;
    private readonly IReadOnlyDictionary<string, string> _files;
    private readonly SeedOptions _options;
    private readonly WorkingHours _hours;
    private readonly MatterProfile[] _matters;
    private readonly ConcurrentDictionary<(int Matter, CaseStatus Target, CaseTwists Twists), CasePath?> _paths = new();

    /// <param name="files">The stored file (SHA-256) each material name is submitted with.</param>
    public SeedPlanner(SeedCatalog catalog, IReadOnlyList<SeedApplicant> applicants, IReadOnlyDictionary<string, string> files, SeedOptions options)
    {
        _catalog = catalog;
        _applicants = applicants;
        _files = files;
        _options = options;
        _hours = new WorkingHours(catalog.Calendar);
        _matters = [.. catalog.Matters.Select((m, i) => Profile(i, m)).Where(p => p is not null).Select(p => p!)];
        if (_matters.Length == 0) throw new InvalidOperationException("No published matter has applicants who can apply for it; load the demo hall and generate applicants first.");
    }

    /// <summary>Every case's submission time, in the order the cases are registered (and numbered).</summary>
    public IReadOnlyList<PlannedCase> Plan()
    {
        var planned = new PlannedCase[_options.Cases];
        Parallel.For(0, _options.Cases, i => planned[i] = new PlannedCase(i, Place(Draw(i))));
        Array.Sort(planned, (a, b) => a.SubmittedAt != b.SubmittedAt ? a.SubmittedAt.CompareTo(b.SubmittedAt) : a.Index.CompareTo(b.Index));
        return planned;
    }

    /// <summary>The whole case: application, then each action with actor, time and words. Actions that would fall after <see cref="SeedOptions.Until"/> are left out.</summary>
    public CaseScript Script(PlannedCase planned)
    {
        // The order of the draws from the case's random source is part of the seed: keep it.
        var draft = Draw(planned.Index);
        var times = Timeline(draft, planned.SubmittedAt);
        var materials = Materials(draft);
        var actions = ImmutableArray.CreateBuilder<ScriptedAction>();
        var supplemented = ImmutableArray<string>.Empty;
        for (var s = 0; s < draft.Path.Steps.Length; s++)
        {
            var step = draft.Path.Steps[s];
            var action = WithWords(new ScriptedAction(step.Action, Actor(draft, step), times[s]), draft, materials, ref supplemented);
            if (action.At > _options.Until) break;
            actions.Add(action);
        }
        return new CaseScript(Application(draft, materials), planned.SubmittedAt, actions.ToImmutable()) { Target = draft.Target };
    }

    private ImmutableArray<SubmittedMaterial> Materials(Draft draft)
    {
        var guide = draft.Matter.Matter.Guide;
        return guide.Materials.IsDefault ? [] : guide.Materials.Where(m => m.Mandatory || draft.Random.NextDouble() < 0.5)
            .Select(m => new SubmittedMaterial(m.Name) { Sha256 = _files[m.Name], FileName = m.Name + ".pdf" }).ToImmutableArray();
    }

    private ApplyRequest Application(Draft draft, ImmutableArray<SubmittedMaterial> materials)
    {
        var guide = draft.Matter.Matter.Guide;
        var applicant = draft.Applicant;
        var byAgent = draft.Agent is not null;
        return new ApplyRequest(guide.ImplementationCode, applicant.Number, applicant.Name, draft.Agent ?? applicant.UserName)
        {
            ApplicantPhone = applicant.Phone,
            Channel = draft.Channel,
            ApplicantVillage = applicant.Village,
            AgentUnit = byAgent ? applicant.Village : null,
            Consent = byAgent ? "申请人在村便民服务点当面签署" : null,
            ConsentDocumentSha256 = byAgent ? _files[CaseApplications.ConsentFormName] : null,
            ConsentDocumentFileName = byAgent ? CaseApplications.ConsentFormName + ".pdf" : null,
            Form = new Dictionary<string, object?> { ["address"] = applicant.Address, ["contactPhone"] = applicant.Phone, ["matter"] = guide.Name },
            Materials = materials,
        };
    }

    private string Actor(Draft draft, CasePathStep step) => step.Actor switch
    {
        StepActor.Applicant => draft.Agent ?? draft.Applicant.UserName,
        StepActor.User => step.User!,
        _ => Pick(draft.Random, _catalog.Holders(step.Post!, draft.Units.For(step.UnitRule))),
    };

    /// <summary>What the actor writes or hands in with the action; a supplement request remembers the materials the answer brings.</summary>
    private ScriptedAction WithWords(ScriptedAction action, Draft draft, ImmutableArray<SubmittedMaterial> materials, ref ImmutableArray<string> supplemented)
    {
        var rng = draft.Random;
        var guide = draft.Matter.Matter.Guide;
        switch (action.Action)
        {
            case CaseAction.RequestSupplement:
                var mandatory = materials.Select(m => m.MaterialName).ToList();
                supplemented = [.. mandatory.OrderBy(_ => rng.Next()).Take(Math.Min(mandatory.Count, 1 + rng.Next(2)))];
                return action with { Items = [.. supplemented.Select(name => $"{name}（{Pick(rng, SupplementIssues)}）")] };
            case CaseAction.SubmitSupplement:
                return action with { Materials = [.. supplemented.Select(name => new SubmittedMaterial(name) { Sha256 = _files[name], FileName = name + "（补正）.pdf" })] };
            case CaseAction.RefuseAccept:
                return action with
                {
                    Text = Pick(rng, ["申请事项依法不属于本机关职权范围", "申请人不具备申请资格", "申请事项依法不需要取得行政许可"]),
                    LegalBasis = "《中华人民共和国行政许可法》第三十二条第一款",
                };
            case CaseAction.Refuse:
                return action with
                {
                    Text = Pick(rng, ["经审查，申请人不符合法定条件", "现场核查情况与申请材料不符", "申请材料存在虚假内容"]),
                    LegalBasis = guide.LegalBasis.IsDefaultOrEmpty ? "《中华人民共和国行政许可法》第三十八条" : guide.LegalBasis[0],
                };
            case CaseAction.StartProcedure:
                var procedure = guide.SpecialProcedures.IsDefaultOrEmpty ? null : Pick(rng, guide.SpecialProcedures.ToArray());
                return action with
                {
                    ProcedureKind = procedure?.Name ?? Pick(rng, ["现场勘验", "检验检测", "专家评审", "听证"]),
                    Text = Pick(rng, ["需核实申请材料与实际情况", "申请人申请听证", "涉及技术问题需专家论证"]),
                    LegalBasis = procedure?.LegalBasis ?? "《中华人民共和国行政许可法》第四十五条",
                };
            case CaseAction.EndProcedure:
                return action with { Text = Pick(rng, ["已完成，符合条件", "已完成，情况属实", "已完成，意见已汇总"]) };
            case CaseAction.Extend:
                return action with
                {
                    Days = 5 + rng.Next(6),
                    Text = Pick(rng, ["案情复杂，需进一步核查", "需征求相关部门意见"]),
                    ApprovedBy = Pick(rng, _catalog.Holders(CaseActions.AgencyHeadPost, draft.Units.Handling)),
                };
            case CaseAction.Withdraw:
                return action with { Text = Pick(rng, ["申请人主动撤回", "情况变化，不再申请"]) };
            default:
                return action with { Text = Opinion(action.Action, rng) };
        }
    }

    private static string? Opinion(CaseAction action, Random rng) => action switch
    {
        CaseAction.Accept => Pick(rng, ["材料齐全，符合法定形式，予以受理", "予以受理", "材料齐全，受理"]),
        CaseAction.Complete => Pick(rng, ["已核实，提交下一环节", "已完成", "情况属实"]),
        CaseAction.Review => Pick(rng, ["经审查，符合条件，拟同意", "审核通过", "符合条件"]),
        CaseAction.Return => Pick(rng, ["申请材料与现场情况不符，退回重新受理", "受理意见不完整，退回"]),
        CaseAction.Approve => Pick(rng, ["同意", "准予许可", "同意，按程序办理"]),
        CaseAction.Issue => Pick(rng, ["窗口领取", "邮政寄递", "电子证照已推送"]),
        _ => null,
    };

    /// <summary>Everything random about case <paramref name="index"/> that decides its timing, always drawn in this order.</summary>
    private Draft Draw(int index)
    {
        var rng = new Random(unchecked(_options.Seed * 1_000_003 + index * 7_919));
        var forced = index < Statuses.Length && _options.Cases >= Statuses.Length ? Statuses[index] : (CaseStatus?)null;
        var candidates = forced is { } status ? _matters.Where(m => m.Targets.Contains(status)).ToArray() : _matters;
        if (candidates.Length == 0) candidates = _matters;
        var matter = Weighted(rng, candidates, m => m.Weight);
        var enterprise = matter.Enterprises.Length > 0 && (matter.Persons.Length == 0 || rng.NextDouble() >= matter.PersonShare);
        var pool = enterprise ? matter.Enterprises : matter.Persons;
        var applicant = _applicants[pool[rng.Next(pool.Length)]];
        var units = CaseUnits.Resolve(matter.Matter.Guide, _catalog.Directory, applicant.Village, out _, out _)!;
        var target = forced is { } f && matter.Targets.Contains(f) ? f : Weighted(rng, matter.Targets.ToArray(), t => StatusWeights[t]);
        var twists = new CaseTwists(rng.NextDouble() < 0.15, rng.NextDouble() < 0.10, rng.NextDouble() < 0.10, matter.AgencyHead && rng.NextDouble() < 0.06,
            rng.Next(4));
        var path = PathOf(matter, target, twists) ?? PathOf(matter, target, CaseTwists.None)!;
        // The engine lets only the assignee (the applicant) hand in a supplement, not their agent: such cases are applied for in person.
        var agents = matter.AgentPossible && !applicant.IsEnterprise && !path.Steps.Any(s => s.Action == CaseAction.SubmitSupplement)
            ? _catalog.Holders(CaseApplications.VillageAgentPost, applicant.Village) : [];
        var agent = agents.Count > 0 && rng.NextDouble() < 0.6 ? Pick(rng, agents) : null;
        var channels = matter.Matter.Guide.Channels.IsDefaultOrEmpty ? ["2"] : matter.Matter.Guide.Channels.ToArray();
        var channel = agent is not null && channels.Contains("2") ? "2" : Weighted(rng, channels, c => c switch { "1" or "2" => 3, "3" => 2, _ => 1 });
        var delays = path.Steps.Select(s => Delay(s, matter, rng)).ToArray();
        return new Draft(rng, matter, applicant, units, agent, channel, target, path, delays, rng.NextDouble(), rng.NextDouble());
    }

    /// <summary>When the case is submitted so that its story fits the window: open cases were last touched in the last two weeks.</summary>
    private DateTimeOffset Place(Draft draft)
    {
        var (from, until) = (_options.From, _options.Until);
        var open = draft.Target is not (CaseStatus.Closed or CaseStatus.Refused or CaseStatus.NotAccepted or CaseStatus.Withdrawn);
        var span = until - from;
        var submitted = Snap(draft, open ? until - TimeSpan.FromDays(14 * draft.Placement) : from + span * draft.Placement);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var times = Timeline(draft, submitted);
            var last = times.Length == 0 ? submitted : times[^1];
            var latest = open ? until - TimeSpan.FromDays(14 * draft.Placement) : until - TimeSpan.FromHours(24 * 3 * draft.Slack);
            if (last <= latest && last <= until) break;
            var earlier = Snap(draft, submitted - (last - latest) - TimeSpan.FromHours(1));
            if (earlier < from) return Snap(draft, from);
            submitted = earlier;
        }
        return submitted;
    }

    private DateTimeOffset Snap(Draft draft, DateTimeOffset at) => Seconds(draft.Channel == "1" && draft.Agent is null ? _hours.NextOffice(at) : _hours.NextDaytime(at));

    private DateTimeOffset[] Timeline(Draft draft, DateTimeOffset submitted)
    {
        var times = new DateTimeOffset[draft.Path.Steps.Length];
        var at = submitted;
        for (var s = 0; s < times.Length; s++)
        {
            var next = draft.Path.Steps[s].Actor == StepActor.Applicant ? _hours.AddDaytime(at, draft.Delays[s]) : _hours.AddOffice(at, draft.Delays[s]);
            at = Seconds(next <= at ? at.AddMinutes(1) : next);
            times[s] = at;
        }
        return times;
    }

    /// <summary>How long before a step is taken: office minutes for clerks, daytime minutes for applicants.</summary>
    private static int Delay(CasePathStep step, MatterProfile matter, Random rng)
    {
        const int Day = WorkingHours.MinutesPerWorkingDay;
        int Between(double min, double max) => (int)(min + rng.NextDouble() * (max - min));
        return step.Action switch
        {
            CaseAction.Accept or CaseAction.RefuseAccept => matter.Instant ? Between(5, 90) : Between(20, Day * 1.5),
            CaseAction.RequestSupplement => rng.NextDouble() < 0.05 ? Between(Day * 6, Day * 8) : Between(20, Day * 1.5),
            CaseAction.SubmitSupplement => Between(WorkingHours.MinutesPerDaytime * 0.5, WorkingHours.MinutesPerDaytime * 6),
            CaseAction.Withdraw => Between(WorkingHours.MinutesPerDaytime * 0.3, WorkingHours.MinutesPerDaytime * 5),
            CaseAction.Complete when step.UnitRule == UnitRule.ApplicantVillage => Between(30, Day * 2),
            CaseAction.Complete => Between(Day * 3, Day * 12),
            CaseAction.Review => Between(Day, Day * 6),
            CaseAction.Return => Between(Day, Day * 4),
            CaseAction.Approve or CaseAction.Refuse => step.Post == "leader-approval" ? Between(Day * 0.5, Day * 3) : Between(Day * 2, Day * 8),
            CaseAction.Issue => matter.Instant ? Between(5, 120) : Between(Day * 0.5, Day * 4),
            CaseAction.StartProcedure => Between(Day * 0.5, Day * 3),
            CaseAction.EndProcedure => Between(Day * 3, Day * 10),
            CaseAction.Extend => Between(Day * 3, Day * 10),
            _ => Between(30, Day),
        };
    }

    private CasePath? PathOf(MatterProfile matter, CaseStatus target, CaseTwists twists) =>
        _paths.GetOrAdd((matter.Index, target, twists), key => CasePathFinder.Find(matter.Matter, key.Target, key.Twists, matter.AgencyHead));

    /// <summary>
    /// Who may apply for a matter and where it can go: applicants of the right kind living under the
    /// matter's region whose every step has a post holder, and the statuses its workflow reaches. Null
    /// when nobody can apply for it.
    /// </summary>
    private MatterProfile? Profile(int index, SeedMatter matter)
    {
        var guide = matter.Guide;
        var directory = _catalog.Directory;
        var region = Region(guide, directory);
        var villages = directory.Units.Where(u => u.Level == OrgLevel.Village && directory.Ancestry(u.Code).Any(a => a.Code == region))
            .Select(u => (Village: u.Code, Units: CaseUnits.Resolve(guide, directory, u.Code, out _, out _)))
            .Where(v => v.Units is not null).ToList();
        if (villages.Count == 0) return null;
        var heads = villages.All(v => _catalog.Holders(CaseActions.AgencyHeadPost, v.Units!.Handling).Count > 0);
        var stub = new MatterProfile(index, matter, [], [], [], 0, heads, false, guide.IsInstant, 1);
        var targets = Statuses.Where(t => PathOf(stub, t, CaseTwists.None) is not null).ToImmutableArray();
        var steps = targets.SelectMany(t => PathOf(stub, t, CaseTwists.None)!.Steps).Where(s => s.Actor == StepActor.PostHolder).Select(s => (s.Post!, s.UnitRule)).Distinct().ToList();
        var served = villages.Where(v => steps.All(s => _catalog.Holders(s.Item1, v.Units!.For(s.UnitRule)).Count > 0)).Select(v => v.Village).ToHashSet();

        var objects = guide.ServiceObjects.IsDefault ? [] : guide.ServiceObjects;
        var persons = objects.IsEmpty || objects.Contains("1");
        var enterprises = objects.Any(o => o is "2" or "3" or "4" or "5");
        int[] Eligible(bool enterprise) => enterprise ? [.. _applicants.Select((a, i) => (a, i)).Where(x => x.a.IsEnterprise && served.Contains(x.a.Village)).Select(x => x.i)]
            : [.. _applicants.Select((a, i) => (a, i)).Where(x => !x.a.IsEnterprise && served.Contains(x.a.Village)).Select(x => x.i)];
        var personPool = persons ? Eligible(false) : [];
        var enterprisePool = enterprises ? Eligible(true) : [];
        if (targets.IsEmpty || personPool.Length + enterprisePool.Length == 0) return null;

        var agentStep = matter.Workflow.Definition.Nodes.OfType<UserTask>().Any(t => t.Hall.UnitRule == UnitRule.ApplicantVillage);
        var weight = guide.IsInstant ? 1.5 : matter.Workflow.Definition.Key == "hazardous-chemicals-licence" ? 0.5 : 1.0;
        return stub with
        {
            Targets = targets, Persons = personPool, Enterprises = enterprisePool, PersonShare = persons && enterprises ? 0.75 : persons ? 1 : 0,
            AgentPossible = agentStep, Weight = weight,
        };
    }

    /// <summary>The region whose residents a matter serves: the nearest region at or above the unit that handles it.</summary>
    private static string? Region(Domain.Matters.ServiceGuide guide, OrgDirectory directory)
    {
        var unit = guide.CaseUnits?.Handling ?? guide.HandlingUnit.Unit;
        if (unit == Domain.Matters.CaseUnitRule.ApplicantTown) unit = guide.CaseUnits?.Parent ?? guide.ImplementingBody.Unit;
        return directory.Ancestry(unit).FirstOrDefault(u => u.Kind == OrgUnitKind.Region && u.Level is OrgLevel.County or OrgLevel.City or OrgLevel.Province)?.Code;
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) =>
        items.Count > 0 ? items[rng.Next(items.Count)] : throw new InvalidOperationException("Nobody to pick from.");

    private static T Weighted<T>(Random rng, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var x = rng.NextDouble() * total;
        foreach (var item in items)
        {
            x -= weight(item);
            if (x < 0) return item;
        }
        return items[^1];
    }

    private static DateTimeOffset Seconds(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, at.Offset);

    private sealed record MatterProfile(int Index, SeedMatter Matter, ImmutableArray<CaseStatus> Targets, int[] Persons, int[] Enterprises, double PersonShare,
        bool AgencyHead, bool AgentPossible, bool Instant, double Weight);

    private sealed record Draft(Random Random, MatterProfile Matter, SeedApplicant Applicant, CaseUnits Units, string? Agent, string Channel,
        CaseStatus Target, CasePath Path, int[] Delays, double Placement, double Slack);
}
