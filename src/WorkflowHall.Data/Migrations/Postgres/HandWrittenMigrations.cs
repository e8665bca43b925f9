using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations.Postgres;

// The schema up to 2026-12-16 was written by hand, provider-neutral, before the EF design tools were served here
// (Migrations/*.cs). PostgreSQL's set begins with it under the same ids, so databases made then keep their history rows;
// the tool-made Baseline that follows changes nothing and carries the first model snapshot.

[DbContext(typeof(PostgresHallDbContext)), Migration("20261122000001_Initial")]
internal sealed class Initial : Data.Migrations.Initial;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261122000002_InstanceActivity")]
internal sealed class InstanceActivity : Data.Migrations.InstanceActivity;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261122000003_HallDomain")]
internal sealed class HallDomain : Data.Migrations.HallDomain;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261122000004_Supervision")]
internal sealed class Supervision : Data.Migrations.Supervision;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261210000001_DashboardIndexes")]
internal sealed class DashboardIndexes : Data.Migrations.DashboardIndexes;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261215000001_Administration")]
internal sealed class Administration : Data.Migrations.Administration;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261216000001_PersonalDataAndAgentConsent")]
internal sealed class PersonalDataAndAgentConsent : Data.Migrations.PersonalDataAndAgentConsent;

[DbContext(typeof(PostgresHallDbContext)), Migration("20261216000002_Checkpoints")]
internal sealed class Checkpoints : Data.Migrations.Checkpoints;
