namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Rows kept in memory over many steps and written once at the end: the instance's state is serialised
/// then, from the last step, instead of after every step.
/// </summary>
internal interface IDeferredStateRows : IInstanceRows;
