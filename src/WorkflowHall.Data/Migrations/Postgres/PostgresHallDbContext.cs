using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Data.Migrations.Postgres;

/// <summary>The hall's model as PostgreSQL migrates it: the key of PostgreSQL's migrations and model snapshot, used only to migrate.</summary>
internal sealed class PostgresHallDbContext(DbContextOptions<HallDbContext> options) : HallDbContext(options);
