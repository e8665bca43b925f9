namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Where <see cref="InstanceWriter"/> puts the row changes of a step: the tracked context that saves them
/// in the step's transaction, or an in-memory set a bulk load writes out later.
/// </summary>
internal interface IInstanceRows
{
    void Add(object row);

    void Update(object row);

    void Remove(object row);
}
