using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// Builds the API's views of instances and commands; work item deadlines are derived with the hall's calendar and clock.
/// Personal data in variables and trail is masked by the hall's one rule (<see cref="PersonalVariables"/>): the raw
/// instance API is for administrators and integrations, who see it as staff who do not handle the case do.
/// </summary>
internal sealed class InstanceViews(WorkingDayCalendar calendar, TimeProvider clock)
{
    private static readonly PersonalDataView Readers = PersonalDataView.For(CaseRelation.OtherStaff);

    public InstanceResponse Instance(InstanceRecord record, InstanceState state, StoredTrail? trail) =>
        new(record.Id, record.DefinitionKey, state.DefinitionVersion, state.Status.ToString(), state.Revision)
        {
            HandlingUnit = record.HandlingUnit,
            BusinessKey = record.BusinessKey,
            StartedBy = record.StartedBy,
            StartedAt = state.StartedAt ?? StoredTime.FromStored(record.StartedAt),
            EndedAt = state.EndedAt,
            EndNodeId = state.EndNodeId,
            ClockPaused = state.Clock.IsPaused,
            Variables = PersonalVariables.Mask(state.Variables, Readers),
            WorkItems = WorkItems(state),
            TrailLength = state.TrailLength,
            TrailHead = state.TrailHead,
            // Rows that no longer read stay in their place, with the kind they hold; verify names the first of them.
            Trail = trail?.Select(TrailEventResponse.From).Concat(trail.Unreadable.Select(TrailEventResponse.From)).Select(Masked).OrderBy(e => e.Sequence).ToList(),
        };

    public CommandResponse Command(string instanceId, CommandOutcome outcome)
    {
        var state = outcome.State ?? throw new ArgumentException("An accepted outcome carries the state.", nameof(outcome));
        return new CommandResponse(instanceId, state.DefinitionVersion, state.Status.ToString(), state.Revision)
        {
            EndNodeId = state.EndNodeId,
            WorkItems = WorkItems(state),
            Events = outcome.Events.Select(TrailEventResponse.From).Select(Masked).ToList(),
        };
    }

    private static TrailEventResponse Masked(TrailEventResponse response) =>
        response with { Variables = PersonalVariables.Mask(response.Variables, Readers) };

    public IReadOnlyList<WorkItemResponse> WorkItems(InstanceState state)
    {
        var now = clock.GetUtcNow();
        return state.WorkItems.Select(item =>
        {
            var deadline = StepDeadline.For(item, state.Clock, calendar, now);
            return new WorkItemResponse(item.Id, item.NodeId, item.NodeName, item.Status.ToString())
            {
                Assignee = item.Assignee,
                Owner = item.Owner,
                CandidatePost = item.CandidatePost,
                CandidateGroups = item.CandidateGroups.IsDefaultOrEmpty ? null : item.CandidateGroups,
                CandidateUsers = item.CandidateUsers.IsDefaultOrEmpty ? null : item.CandidateUsers,
                Stage = item.Stage?.ToString(),
                AllowedActions = item.AllowedActions.IsDefaultOrEmpty ? null : item.AllowedActions,
                LoopIndex = item.LoopIndex,
                OpenedAt = item.OpenedAt,
                DueAt = deadline?.Due.At,
                WarningAt = deadline?.WarningAt.At,
                DueProvisional = deadline?.Due.Provisional ?? false,
            };
        }).ToList();
    }
}
