using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Web.Accounts.Migrations.Postgres;

// The accounts' first schema was written by hand (Migrations/20261122100001_Accounts.cs). PostgreSQL's set begins with it under
// the same id, so databases made then keep their history row; the tool-made Baseline that follows changes nothing and
// carries the first model snapshot.

[DbContext(typeof(PostgresAccountsDbContext)), Migration("20261122100001_Accounts")]
internal sealed class Accounts : global::WorkflowHall.Web.Accounts.Migrations.Accounts;
