using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class VendorAttributeTests
{
    [Fact]
    public void A_camunda_approval_snippet_gives_candidate_groups_assignee_form_and_due_date()
    {
        var xml = Process(Start() + """
            <bpmn:userTask id="approve" name="审批" camunda:candidateGroups=" management , accounting ,," camunda:formKey="embedded:app:forms/approve.html" camunda:dueDate="${dueDate}"/>
            <bpmn:userTask id="archive" name="归档" camunda:assignee="${initiator}" camunda:candidateUsers="zhang,li"/>
            """ + End() + Sequence("start", "approve", "archive", "end"));

        var definition = ReadClean(xml);

        var approve = Assert.IsType<UserTask>(definition.Node("approve")).Assignment;
        Assert.Equal(["management", "accounting"], approve.CandidateGroups.AsEnumerable());
        Assert.Equal("embedded:app:forms/approve.html", approve.FormKey);
        Assert.Equal("${dueDate}", approve.DueDate);
        Assert.Null(approve.Assignee);
        var archive = Assert.IsType<UserTask>(definition.Node("archive")).Assignment;
        Assert.Equal("${initiator}", archive.Assignee);
        Assert.Equal(["zhang", "li"], archive.CandidateUsers.AsEnumerable());
    }

    [Fact]
    public void A_flowable_approval_snippet_is_read_the_same_way()
    {
        var xml = Process(Start() + """
            <bpmn:userTask id="approve" flowable:assignee="${manager}" flowable:candidateGroups="leaders" flowable:formKey="approveForm" flowable:dueDate="P2D"/>
            """ + End() + Sequence("start", "approve", "end"));

        var assignment = Assert.IsType<UserTask>(ReadClean(xml).Node("approve")).Assignment;

        Assert.Equal(("${manager}", "approveForm", "P2D"), (assignment.Assignee, assignment.FormKey, assignment.DueDate));
        Assert.Equal(["leaders"], assignment.CandidateGroups.AsEnumerable());
    }

    [Fact]
    public void Interpreted_vendor_attributes_are_not_kept_twice_as_foreign_but_the_others_are()
    {
        var xml = Process(Start() + """
            <bpmn:userTask id="approve" camunda:assignee="a" camunda:priority="50" flowable:category="x"/>
            """ + End() + Sequence("start", "approve", "end"));

        var task = ReadClean(xml).Node("approve");

        Assert.Equal(
            [new ForeignAttribute("http://camunda.org/schema/1.0/bpmn", "priority", "50"), new ForeignAttribute("http://flowable.org/bpmn", "category", "x")],
            task.ForeignAttributes.AsEnumerable());
    }

    [Fact]
    public void Standard_potential_owner_expressions_fill_the_assignment_when_no_vendor_attribute_does()
    {
        var xml = Process(Start() + """
            <bpmn:userTask id="approve">
              <bpmn:potentialOwner><bpmn:resourceAssignmentExpression><bpmn:formalExpression>group(management), user(kermit), clerks</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner>
            </bpmn:userTask>
            <bpmn:userTask id="check">
              <bpmn:humanPerformer><bpmn:resourceAssignmentExpression><bpmn:formalExpression>zhangsan</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:humanPerformer>
            </bpmn:userTask>
            """ + End() + Sequence("start", "approve", "check", "end"));

        var definition = ReadClean(xml);

        var approve = Assert.IsType<UserTask>(definition.Node("approve")).Assignment;
        Assert.Equal(["management", "clerks"], approve.CandidateGroups.AsEnumerable());
        Assert.Equal(["kermit"], approve.CandidateUsers.AsEnumerable());
        Assert.Equal("zhangsan", Assert.IsType<UserTask>(definition.Node("check")).Assignment.Assignee);
    }

    [Theory]
    [InlineData("""hall:handler="hall.sms" camunda:class="com.example.Sms" """, "hall.sms")]
    [InlineData("""camunda:class="com.example.Sms" """, "com.example.Sms")]
    [InlineData("""flowable:delegateExpression="${smsDelegate}" """, "${smsDelegate}")]
    [InlineData("""activiti:expression="${sms.send()}" """, "${sms.send()}")]
    [InlineData("""camunda:type="external" camunda:topic="sms" """, "sms")]
    [InlineData("""flowable:type="mail" """, "mail")]
    public void A_service_task_handler_comes_from_the_hall_attribute_or_the_first_vendor_attribute_found(string attributes, string handler)
    {
        var xml = Process(Start() + $"""<bpmn:serviceTask id="notify" {attributes}/>""" + End() + Sequence("start", "notify", "end"));

        var task = Assert.IsType<ServiceTask>(ReadClean(xml).Node("notify"));

        Assert.Equal(handler, task.Handler);
        Assert.DoesNotContain(task.ForeignAttributes, a => a.Value == handler);
    }
}
