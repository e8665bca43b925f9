namespace WorkflowHall.Data.Runtime;

/// <summary>Row changes tracked by a context, saved by its next SaveChanges.</summary>
internal sealed class TrackedInstanceRows(HallDbContext db) : IInstanceRows
{
    public void Add(object row) => db.Add(row);

    public void Update(object row) => db.Update(row);

    public void Remove(object row) => db.Remove(row);
}
