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

/// <summary>
/// Rows kept in memory over many steps and written once at the end: the instance's state is serialised
/// then, from the last step, instead of after every step.
/// </summary>
internal interface IDeferredStateRows : IInstanceRows;

/// <summary>Row changes tracked by a context, saved by its next SaveChanges.</summary>
internal sealed class TrackedInstanceRows(HallDbContext db) : IInstanceRows
{
    public void Add(object row) => db.Add(row);

    public void Update(object row) => db.Update(row);

    public void Remove(object row) => db.Remove(row);
}
