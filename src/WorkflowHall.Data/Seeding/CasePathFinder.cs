using WorkflowHall.Data.Cases;
using System.Collections.Immutable;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Finds, by running a stand-in case through the matter's workflow, which actions take a case to a
/// status (with the detours asked for) and whose post each one needs — or that the workflow cannot get
/// there (an instant matter is never "in review"; a step the services cannot yet pass stops the path).
/// A clerk goes forward by the step's first action; detours are taken where the workflow allows them.
/// </summary>
internal static class CasePathFinder
{
    private const string Applicant = "probe.applicant";
    private const int MaxSteps = 60;
    private static readonly DateTimeOffset Start = HallTime.On(new DateOnly(2026, 6, 1), new TimeOnly(9, 0));

    public static CasePath? Find(SeedMatter matter, CaseStatus target, CaseTwists twists, bool hasAgencyHead)
    {
        var definition = matter.Workflow.Definition;
        var record = new CaseRecord
        {
            Id = "probe", CaseNumber = "probe", ImplementationCode = matter.Guide.ImplementationCode, MatterName = matter.Guide.Name, ApplicantNumber = "probe",
            ApplicantKind = "", ApplicantName = "probe", HandlingUnit = "handling", ApplicantVillage = "village", Status = "", FormJson = "{}", Channel = "2",
        };
        var variables = CaseStartVariables.Of(matter.Guide, record, Applicant, new Dictionary<string, object?>(), new CaseUnits("handling", "parent", "village"));
        var now = Start;
        var started = ProcessEngine.Step(definition, InstanceState.New("probe", definition.Key, matter.Workflow.Version),
            new StartInstance(Applicant) { Variables = VariableMap.From(variables) }, now);
        if (!started.IsAccepted) return null;

        var probe = new Probe(target, twists, hasAgencyHead);
        var state = started.State;
        var steps = ImmutableArray.CreateBuilder<CasePathStep>();
        for (var i = 0; i < MaxSteps; i++)
        {
            var status = CaseStatusRules.Derive(state, probe.Extended);
            if (state.IsEnded) return status == target ? new CasePath(steps.ToImmutable()) : null;
            if (probe.Reached(status)) return new CasePath(steps.ToImmutable());

            if (probe.Next(state) is not var (action, item) || Step(action, item) is not { } step) return null;
            var scripted = new ScriptedAction(action, step.Actor == StepActor.Applicant ? Applicant : "probe.clerk", now)
            {
                Text = "probe", LegalBasis = "probe", Items = ["probe"], ProcedureKind = "probe", Days = 1, ApprovedBy = "probe",
            };
            now = now.AddHours(1);
            var result = ProcessEngine.Step(definition, state, CaseCommands.For(scripted, item), now);
            if (!result.IsAccepted) return null;
            probe.Took(action);
            steps.Add(step);
            state = result.State;
        }
        return null;
    }

    /// <summary>Who takes <paramref name="action"/> on <paramref name="item"/>; null when the step names no post, applicant or user.</summary>
    private static CasePathStep? Step(CaseAction action, WorkItem item)
    {
        if (action == CaseAction.Withdraw) return new CasePathStep(action, StepActor.Applicant);
        if (item.Assignee == Applicant) return new CasePathStep(action, StepActor.Applicant) { NodeId = item.NodeId };
        if (item.Assignee is { } user) return new CasePathStep(action, StepActor.User) { NodeId = item.NodeId, User = user };
        return item.CandidatePost is { } post
            ? new CasePathStep(action, StepActor.PostHolder) { NodeId = item.NodeId, Post = post, UnitRule = item.UnitRule }
            : null;
    }

    /// <summary>The stand-in case's progress and how its next action is chosen.</summary>
    private sealed class Probe(CaseStatus target, CaseTwists twists, bool hasAgencyHead)
    {
        private bool _accepted;
        private bool _supplemented;
        private bool _returned;
        private bool _procedure;
        private int _forward;

        public bool Extended { get; private set; }

        private bool Beyond => target is CaseStatus.Approved or CaseStatus.Refused or CaseStatus.Closed;

        public bool Reached(CaseStatus status) => status == target && target switch
        {
            CaseStatus.Submitted => !twists.Supplement || _supplemented,
            CaseStatus.NotAccepted or CaseStatus.Refused or CaseStatus.Closed or CaseStatus.Withdrawn => false,
            _ => true,
        };

        public void Took(CaseAction action)
        {
            _forward++;
            switch (action)
            {
                case CaseAction.Accept: _accepted = true; break;
                case CaseAction.RequestSupplement: _supplemented = true; break;
                case CaseAction.Return: _returned = true; break;
                case CaseAction.StartProcedure: _procedure = true; break;
                case CaseAction.Extend: Extended = true; break;
            }
        }

        public (CaseAction Action, WorkItem Item)? Next(InstanceState state)
        {
            if (state.WorkItems.IsEmpty) return null;
            if (CaseCommands.Item(state, HallActions.Supplement) is { AllowedActions.IsDefaultOrEmpty: false } supplement && supplement.Allows(HallActions.Supplement))
            {
                return (CaseAction.SubmitSupplement, supplement);
            }
            var first = state.WorkItems[0];
            if (state.Clock.OpenPause is { Kind: ClockPauseKind.SpecialProcedure }) return (CaseAction.EndProcedure, first);
            if (target == CaseStatus.Withdrawn && (_forward >= twists.WithdrawAfter || first.Stage is HallStage.Approve or HallStage.Issue || first.Allows(HallActions.Issue)))
            {
                return (CaseAction.Withdraw, first);
            }
            if (_accepted && first.Stage is HallStage.Review or HallStage.Approve)
            {
                if (!_procedure && (target == CaseStatus.Suspended || twists.Procedure && (Beyond || target == CaseStatus.InReview))) return (CaseAction.StartProcedure, first);
                if (!Extended && hasAgencyHead && (target == CaseStatus.Extended || twists.Extension && Beyond)) return (CaseAction.Extend, first);
            }

            if (target == CaseStatus.NotAccepted && first.Allows(HallActions.RefuseAccept)) return Completing(state, CaseAction.RefuseAccept);
            if (!_supplemented && (target == CaseStatus.SupplementRequested || twists.Supplement) && first.Allows(HallActions.RequestSupplement))
            {
                return Completing(state, CaseAction.RequestSupplement);
            }
            if (first.Allows(HallActions.Accept)) return Completing(state, CaseAction.Accept);
            if (first.Allows(HallActions.Complete)) return Completing(state, CaseAction.Complete);
            if (first.Allows(HallActions.Review))
            {
                return Completing(state, twists.Return && !_returned && Beyond && first.Allows(HallActions.Return) ? CaseAction.Return : CaseAction.Review);
            }
            if (first.Allows(HallActions.Approve))
            {
                return Completing(state, target == CaseStatus.Refused && first.Allows(HallActions.Refuse) ? CaseAction.Refuse : CaseAction.Approve);
            }
            return first.Allows(HallActions.Issue) ? Completing(state, CaseAction.Issue) : null;
        }

        private static (CaseAction, WorkItem)? Completing(InstanceState state, CaseAction action) =>
            CaseCommands.Item(state, CaseCommands.Outcome(action)!) is { } item ? (action, item) : null;
    }
}
