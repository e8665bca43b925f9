using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Data.Migrations.SqlServer;

/// <summary>The hall's model as SQL Server migrates it: the key of SQL Server's migrations and model snapshot, used only to migrate.</summary>
internal sealed class SqlServerHallDbContext(DbContextOptions<HallDbContext> options) : HallDbContext(options);
