using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Runs a case script through the pure engine in memory and collects the rows the services would have
/// written for it: <see cref="CaseApplications.ApplyAsync"/> is mirrored here, and each action takes the
/// case service's own rules (<see cref="CaseRules.Check"/>) and engine command (<see cref="CaseActions.Command"/>)
/// at the same times, with the same case-row updates (<see cref="CaseStepWriter"/>) and instance rows
/// (<see cref="InstanceWriter"/>). A step the services would refuse stops the run with their reason: it means the plan is wrong.
/// </summary>
internal sealed class ScriptedCaseRun(SeedMatter matter, OrgDirectory directory, WorkingDayCalendar calendar)
{

    public CaseRows Run(CaseScript script, string caseId, string caseNumber)
    {
        var guide = matter.Guide;
        var request = script.Application;
        var now = script.SubmittedAt.ToUniversalTime();
        var number = ApplicantNumber.Parse(request.ApplicantNumber, HallTime.DateOf(now));
        if (!number.IsValid) throw Refused(caseNumber, "apply", number.Error.MessageEn);
        var village = request.ApplicantVillage ?? request.AgentUnit;
        var units = CaseUnits.Resolve(guide, directory, village, out _, out var unitProblem) ?? throw Refused(caseNumber, "apply", unitProblem!);
        if (request.AgentUnit is { } agentUnit && !directory.Holds(request.Actor, CaseApplications.VillageAgentPost, agentUnit))
        {
            throw Refused(caseNumber, "apply", $"{request.Actor} is not a village agent of {agentUnit}");
        }

        var record = new CaseRecord
        {
            Id = caseId,
            CaseNumber = caseNumber,
            ImplementationCode = guide.ImplementationCode,
            MatterVersion = matter.Version,
            MatterName = guide.Name,
            ApplicantNumber = number.Value.Value,
            ApplicantKind = number.Value.Kind.ToString(),
            ApplicantName = request.ApplicantName.Trim(),
            ApplicantPhone = request.ApplicantPhone,
            ApplicantUserName = request.AgentUnit is null ? request.Actor : null,
            AgentUserName = request.AgentUnit is null ? null : request.Actor,
            AgentUnit = request.AgentUnit,
            ConsentRecordedAt = request.AgentUnit is null ? null : now.UtcDateTime,
            ConsentNote = request.Consent,
            ConsentDocumentSha256 = request.ConsentDocumentSha256,
            HandlingUnit = units.Handling,
            ApplicantVillage = village,
            Status = "",
            FormJson = CanonicalJson.Serialize(request.Form),
            Channel = request.Channel,
            SubmittedAt = now.UtcDateTime,
        };
        var instance = new InstanceRecord
        {
            Id = caseId, DefinitionKey = matter.Workflow.Key, DefinitionVersion = matter.Workflow.Version, Status = "", HandlingUnit = units.Handling,
            BusinessKey = caseNumber, StartedBy = request.Actor, StartedAt = Truncated(now).UtcDateTime, TrailHead = "", StateJson = "",
        };
        var rows = new CaseRows { Case = record, Instance = instance };
        foreach (var submitted in request.Materials)
        {
            var spec = guide.Materials.FirstOrDefault(s => s.Name == submitted.MaterialName) ?? throw Refused(caseNumber, "apply", $"no material {submitted.MaterialName}");
            rows.Materials.Add(new CaseMaterialRecord
            {
                CaseId = caseId, MaterialName = spec.Name, Sha256 = submitted.Sha256, FileName = submitted.FileName,
                CertificateIdentifier = submitted.CertificateIdentifier, AddedAt = now.UtcDateTime, AddedBy = request.Actor,
            });
        }
        foreach (var consent in CaseApplications.ConsentForm(request, now.UtcDateTime))
        {
            consent.CaseId = caseId;
            rows.Materials.Add(consent);
        }

        var start = new StartInstance(request.Actor) { Variables = VariableMap.From(CaseStartVariables.Of(guide, record, request.Actor, request.Form, units)) };
        var state = InstanceState.New(caseId, matter.Workflow.Key, matter.Workflow.Version);
        var started = ProcessEngine.Step(matter.Workflow.Definition, state, start, Truncated(now));
        if (!started.IsAccepted) throw Refused(caseNumber, "apply", started.Rejection!.MessageEn);
        new InstanceWriter(rows, calendar).Write(instance, state, started, Truncated(now));
        CaseStepWriter.Apply(record, started.State, guide, calendar, now);
        state = started.State;

        foreach (var action in script.Actions) state = Act(rows, state, action);
        instance.StateJson = InstanceStateJson.Serialize(state);
        return rows;
    }

    private InstanceState Act(CaseRows rows, InstanceState state, ScriptedAction action)
    {
        var c = rows.Case;
        var what = $"{action.Action} by {action.Actor}";
        // The case service's own rules and engine command: the bulk path checks and steps exactly as CaseActions does.
        var request = CaseCommands.Request(action);
        var facts = CaseActions.Facts(c);
        var verdict = CaseRules.Check(directory, facts, state, request);
        if (!verdict.Allowed) throw Refused(c.CaseNumber, what, verdict.Refusal!.MessageEn);
        if (request.Act == CaseActs.Extend && CaseRules.ExtensionApprover(directory, facts, request.ApprovedBy) is { } approver)
        {
            throw Refused(c.CaseNumber, what, approver.MessageEn);
        }

        var now = Truncated(action.At.ToUniversalTime());
        var definition = matter.Workflow.Definition;
        var result = ProcessEngine.Step(definition, state, CaseActions.Command(request, verdict.Item), now);
        if (!result.IsAccepted) throw Refused(c.CaseNumber, what, result.Rejection!.MessageEn);
        new InstanceWriter(rows, calendar).Write(rows.Instance, state, result, now);
        var at = result.Events.Length > 0 ? result.Events[0].At : action.At.ToUniversalTime();
        Write(rows, request, action, at);
        CaseStepWriter.Apply(c, result.State, matter.Guide, calendar, at);
        return result.State;
    }

    /// <summary>What each action writes to the case's own rows, by the case service's own <see cref="CaseRowChanges"/>.</summary>
    private void Write(CaseRows rows, CaseRequest request, ScriptedAction action, DateTimeOffset now)
    {
        var open = rows.Procedures.Where(p => p.EndedAt is null).OrderByDescending(p => p.StartedAt).FirstOrDefault();
        var added = CaseRowChanges.Apply(rows.Case, request, action.Materials, open, calendar, now);
        rows.Materials.AddRange(added.Materials);
        if (added.Procedure is not null) rows.Procedures.Add(added.Procedure);
    }

    /// <summary>The runtime's clock reading: UTC (as <see cref="TimeProvider.GetUtcNow"/> gives it), to the microsecond.</summary>
    private static DateTimeOffset Truncated(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));


    private static InvalidOperationException Refused(string caseNumber, string what, string why) =>
        new($"Case {caseNumber}: {what} would be refused by the services: {why}");
}
