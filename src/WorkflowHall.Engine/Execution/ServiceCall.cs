namespace WorkflowHall.Engine.Execution;

/// <summary>
/// A service task waiting for its handler. The shell runs the handler named <see cref="Handler"/>
/// with <see cref="Id"/> as the idempotency key and reports back with a completion command.
/// </summary>
public sealed record ServiceCall(string Id, string TokenId, string NodeId, string Handler);
