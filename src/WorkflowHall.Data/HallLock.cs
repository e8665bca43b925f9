namespace WorkflowHall.Data;

/// <summary>
/// The hall's database locks, each named once: the number is PostgreSQL's advisory-lock key, the name
/// (<c>WorkflowHall.Startup</c>…) SQL Server's application-lock resource. SQLite needs neither (see <see cref="HallDatabase"/>).
/// </summary>
public enum HallLock : long
{
    /// <summary>Nodes starting together run their start-up (migrations, demo data) one after the other.</summary>
    Startup = 4829300,

    /// <summary>Appends to a hash-chained log (the supervision log) happen one at a time.</summary>
    Append = 4829301,
}
