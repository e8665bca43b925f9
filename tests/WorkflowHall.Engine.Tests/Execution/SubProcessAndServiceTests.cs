using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Hosting;
using WorkflowHall.Engine.Variables;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class SubProcessAndServiceTests
{
    private static readonly string Nested = """
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="inspection"/>
        <bpmn:subProcess id="inspection" name="现场核查">
          <bpmn:startEvent id="is"/>
          <bpmn:sequenceFlow id="if0" sourceRef="is" targetRef="visit"/>
          <bpmn:userTask id="visit" name="实地查看" hall:post="inspector"/>
          <bpmn:sequenceFlow id="if1" sourceRef="visit" targetRef="report"/>
          <bpmn:userTask id="report" name="核查报告" hall:post="inspector"/>
          <bpmn:sequenceFlow id="if2" sourceRef="report" targetRef="ie"/>
          <bpmn:endEvent id="ie"/>
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="tooLong" attachedToRef="inspection">
          <bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="inspection" targetRef="decide"/>
        <bpmn:sequenceFlow id="f2" sourceRef="tooLong" targetRef="overdue"/>
        <bpmn:userTask id="decide" name="决定" hall:post="leader"/>
        <bpmn:userTask id="overdue" name="核查超期处理" hall:post="leader"/>
        <bpmn:sequenceFlow id="f3" sourceRef="decide" targetRef="e"/>
        <bpmn:sequenceFlow id="f4" sourceRef="overdue" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void Embedded_sub_process_runs_its_own_steps_then_continues_after_itself()
    {
        var run = new Run(Load(Nested)).Start();
        Assert.Equal(["visit"], run.OpenSteps);
        var inner = run.State.Tokens.Single(t => t.NodeId == "visit");
        Assert.Equal(run.State.Tokens.Single(t => t.NodeId == "inspection").Id, inner.ScopeId);

        run.Complete("visit").Complete("report");
        Assert.Equal(["decide"], run.OpenSteps);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void A_timer_on_the_sub_process_boundary_interrupts_everything_inside_it()
    {
        var run = new Run(Load(Nested)).Start().Complete("visit");
        run.Now = T0.AddDays(10);
        run.Do(new FireTimer("timer", run.State.Timers.Single().Id));

        Assert.Equal(["overdue"], run.OpenSteps);
        Assert.DoesNotContain(run.State.Tokens, t => t.NodeId is "report" or "inspection");
        Assert.Contains(run.State.ClosedWorkItems, c => c.NodeId == "report" && c.Reason == WorkItemCloseReason.Interrupted);
    }

    private static readonly string WithService = """
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="lookup"/>
        <bpmn:serviceTask id="lookup" name="查询电子证照" hall:handler="certificate-lookup"/>
        <bpmn:sequenceFlow id="f1" sourceRef="lookup" targetRef="g"/>
        <bpmn:exclusiveGateway id="g" default="fHave"/>
        <bpmn:sequenceFlow id="fNone" sourceRef="g" targetRef="upload"><bpmn:conditionExpression>${certificateCount == 0}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fHave" sourceRef="g" targetRef="e"/>
        <bpmn:userTask id="upload" name="上传材料" camunda:assignee="${applicant}"/>
        <bpmn:sequenceFlow id="f2" sourceRef="upload" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void Service_task_asks_the_shell_for_a_call_and_continues_with_its_output_once()
    {
        var run = new Run(Load(WithService)).Start(("applicant", "zhang"));
        var request = Assert.Single(run.Last!.Effects.OfType<ServiceCallRequested>());
        Assert.Equal("certificate-lookup", request.Call.Handler);
        Assert.Equal("zhang", request.Variables["applicant"]);

        run.Do(new CompleteServiceCall("service", request.Call.Id) { Output = VariableMap.From([KeyValuePair.Create("certificateCount", (object?)0)]) });
        Assert.Equal(["upload"], run.OpenSteps);
        Assert.Equal("zhang", run.Item("upload").Assignee);

        var duplicate = run.Try(new CompleteServiceCall("service", request.Call.Id));
        Assert.Equal(RejectionCode.AlreadyHandled, duplicate.Rejection!.Code);
    }

    private sealed record LookupInput(string Applicant);

    private sealed record LookupOutput(int CertificateCount);

    private sealed class CertificateLookup : ServiceTaskHandler<LookupInput, LookupOutput>
    {
        public List<string> Calls { get; } = [];
        public override string Name => "certificate-lookup";

        protected override ValueTask<LookupOutput> ExecuteAsync(LookupInput input, ServiceTaskContext context, CancellationToken cancellationToken)
        {
            Calls.Add(context.CallId);
            return ValueTask.FromResult(new LookupOutput(input.Applicant == "zhang" ? 2 : 0));
        }
    }

    [Fact]
    public async Task In_memory_host_runs_typed_handlers_and_binds_their_output_to_variables()
    {
        var handler = new CertificateLookup();
        var host = new InMemoryProcessHost(Load(WithService), "case-9", handlers: [handler]);

        await host.ExecuteAsync(new StartInstance("zhang") { Variables = VariableMap.From([KeyValuePair.Create("applicant", (object?)"zhang")]) }, T0);

        Assert.Single(handler.Calls);
        Assert.Equal(2m, host.State.Variables["certificateCount"]);
        Assert.Equal(InstanceStatus.Completed, host.State.Status);
    }
}
