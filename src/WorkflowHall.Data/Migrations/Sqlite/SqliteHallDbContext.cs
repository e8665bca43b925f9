using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Data.Migrations.Sqlite;

/// <summary>The hall's model as SQLite migrates it: the key of SQLite's migrations and model snapshot, used only to migrate.</summary>
internal sealed class SqliteHallDbContext(DbContextOptions<HallDbContext> options) : HallDbContext(options);
