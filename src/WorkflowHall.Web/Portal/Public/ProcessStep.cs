using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>One staffed step of a matter's workflow as the guide's process diagram shows it.</summary>
/// <param name="PostName">The post's name from the directory, or its code when the directory has none.</param>
public sealed record ProcessStep(string Id, string Name, HallStage? Stage, string Post, string PostName, TimeLimit? TimeLimit);
