using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowHall.Durable.Bench;

/// <summary>
/// Counts what EF Core sends: database commands (each one round trip; SaveChanges batches several
/// statements into one command), the SQL statements inside them, transactions committed, and the
/// time spent waiting on the database (command execution and commit).
/// </summary>
internal sealed partial class SqlCounter
{
    private long _commands;
    private long _statements;
    private long _commits;
    private long _dbTicks;
    private readonly object _sampleLock = new();
    private List<string>? _samples;

    public SqlCounter()
    {
        Commands = new CommandCounter(this);
        Transactions = new TransactionCounter(this);
    }

    public IInterceptor Commands { get; }
    public IInterceptor Transactions { get; }
    public IInterceptor[] Interceptors => [Commands, Transactions];

    public Snapshot Read() => new(Interlocked.Read(ref _commands), Interlocked.Read(ref _statements), Interlocked.Read(ref _commits),
        TimeSpan.FromTicks(Interlocked.Read(ref _dbTicks)));

    /// <summary>Keeps the text of every command from now on (for the probe).</summary>
    public void StartSampling()
    {
        lock (_sampleLock) _samples = [];
    }

    public List<string> StopSampling()
    {
        lock (_sampleLock)
        {
            var samples = _samples ?? [];
            _samples = null;
            return samples;
        }
    }

    private void Executed(DbCommand command, TimeSpan duration)
    {
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _statements, Math.Max(1, StatementStart().Count(command.CommandText)));
        Interlocked.Add(ref _dbTicks, duration.Ticks);
        if (_samples is not null)
        {
            lock (_sampleLock) _samples?.Add(command.CommandText);
        }
    }

    private void Committed(TimeSpan duration)
    {
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _dbTicks, duration.Ticks);
        if (_samples is not null)
        {
            lock (_sampleLock) _samples?.Add("COMMIT");
        }
    }

    // EF Core starts each statement of a batch on its own line and indents subqueries.
    [GeneratedRegex(@"^(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE)\b", RegexOptions.Multiline)]
    private static partial Regex StatementStart();

    public readonly record struct Snapshot(long Commands, long Statements, long Commits, TimeSpan DbTime)
    {
        public static Snapshot operator -(Snapshot a, Snapshot b) =>
            new(a.Commands - b.Commands, a.Statements - b.Statements, a.Commits - b.Commits, a.DbTime - b.DbTime);
    }

    private sealed class CommandCounter(SqlCounter counter) : DbCommandInterceptor
    {
        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            counter.Executed(command, eventData.Duration);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            counter.Executed(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            counter.Executed(command, eventData.Duration);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            counter.Executed(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            counter.Executed(command, eventData.Duration);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
            CancellationToken cancellationToken = default)
        {
            counter.Executed(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class TransactionCounter(SqlCounter counter) : DbTransactionInterceptor
    {
        // Starting counts as waiting on the database too: SQLite takes its write lock here (BEGIN IMMEDIATE).
        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Interlocked.Add(ref counter._dbTicks, eventData.Duration.Ticks);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref counter._dbTicks, eventData.Duration.Ticks);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => counter.Committed(eventData.Duration);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            counter.Committed(eventData.Duration);
            return Task.CompletedTask;
        }
    }
}
