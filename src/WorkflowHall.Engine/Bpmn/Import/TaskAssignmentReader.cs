using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads who may take a user task: Camunda / Flowable / Activiti attributes first, and when they say
/// nothing, the standard <c>potentialOwner</c> / <c>humanPerformer</c> expressions in Camunda's
/// <c>user(..)</c> / <c>group(..)</c> form.
/// </summary>
internal static class TaskAssignmentReader
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static readonly FrozenSet<string> AttributeNames =
        FrozenSet.ToFrozenSet(["assignee", "candidateGroups", "candidateUsers", "dueDate", "formKey"]);

    public static bool Interprets(XAttribute attribute) =>
        VendorAttributes.IsVendor(attribute) && AttributeNames.Contains(attribute.Name.LocalName);

    public static TaskAssignment Read(XElement userTask)
    {
        var assignment = new TaskAssignment
        {
            Assignee = VendorAttributes.Value(userTask, "assignee"),
            CandidateGroups = VendorAttributes.CommaList(VendorAttributes.Find(userTask, "candidateGroups")?.Value),
            CandidateUsers = VendorAttributes.CommaList(VendorAttributes.Find(userTask, "candidateUsers")?.Value),
            DueDate = VendorAttributes.Value(userTask, "dueDate"),
            FormKey = VendorAttributes.Value(userTask, "formKey"),
        };
        return assignment.IsEmpty ? FromResourceRoles(userTask, assignment) : assignment;
    }

    private static TaskAssignment FromResourceRoles(XElement userTask, TaskAssignment assignment)
    {
        var groups = ImmutableArray.CreateBuilder<string>();
        var users = ImmutableArray.CreateBuilder<string>();
        string? assignee = null;
        foreach (var role in userTask.Elements())
        {
            var isPerformer = role.Name == Model + "humanPerformer";
            if (!isPerformer && role.Name != Model + "potentialOwner")
            {
                continue;
            }

            var expression = role.Element(Model + "resourceAssignmentExpression")?.Element(Model + "formalExpression")?.Value;
            foreach (var item in VendorAttributes.CommaList(expression))
            {
                if (TryUnwrap(item, "user", out var user))
                {
                    users.Add(user);
                }
                else if (TryUnwrap(item, "group", out var group))
                {
                    groups.Add(group);
                }
                else if (isPerformer)
                {
                    assignee ??= item;
                }
                else
                {
                    groups.Add(item);
                }
            }
        }

        return assignment with { Assignee = assignee, CandidateGroups = groups.ToImmutable(), CandidateUsers = users.ToImmutable() };
    }

    private static bool TryUnwrap(string item, string function, out string value)
    {
        value = "";
        if (!item.StartsWith(function + "(", StringComparison.Ordinal) || !item.EndsWith(')'))
        {
            return false;
        }

        value = item[(function.Length + 1)..^1].Trim();
        return value.Length > 0;
    }
}
