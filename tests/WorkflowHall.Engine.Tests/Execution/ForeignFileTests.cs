using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

/// <summary>Approval files as Camunda Modeler and Flowable write them run without any WorkflowHall extension.</summary>
public class ForeignFileTests
{
    [Fact]
    public void A_camunda_fire_permit_runs_with_its_candidate_groups_and_countersign()
    {
        var run = new Run(LoadFile("samples/camunda-field-fire-permit.bpmn")).Start(("signers", new[] { "forestry", "fire-brigade" }));
        var accept = run.Item("Task_accept");
        Assert.Equal(["window-acceptance"], accept.CandidateGroups.ToArray());
        Assert.Equal("embedded:app:forms/accept.html", accept.FormKey);

        run.Complete("Task_accept", variables: ("accepted", true));
        Assert.Equal(["fire-brigade", "forestry"], run.Items("Task_sign").Select(w => w.Assignee).Order());
        run.Do(new CompleteWorkItem("forestry", run.Items("Task_sign")[0].Id)).Do(new CompleteWorkItem("fire-brigade", run.Items("Task_sign")[0].Id));

        var approve = run.Item("Task_approve");
        Assert.Equal(["director-wang", "director-li"], approve.CandidateUsers.ToArray());
        run.Complete("Task_approve", variables: ("approved", true));
        Assert.Equal("End_granted", run.State.EndNodeId);
    }

    [Fact]
    public void A_flowable_disability_certificate_runs_both_checks_before_approval()
    {
        var run = new Run(LoadFile("samples/flowable-disability-certificate.bpmn")).Start(("approver", "cdpf-zhao"));
        run.Complete("accept");
        Assert.Equal(["assessment", "householdCheck"], run.OpenSteps);
        run.Complete("householdCheck").Complete("assessment");
        Assert.Equal("cdpf-zhao", run.Item("approve").Assignee);
        run.Complete("approve", actor: "cdpf-zhao", variables: ("level", 2)).Complete("issue");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("issued", run.State.EndNodeId);
    }
}
