using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class CancellationTests
{
    // Far more work than any machine finishes: only an interrupt ends it.
    private const string Endless = "SELECT count(*) FROM range(100000000) a, range(100000000) b WHERE a.range + b.range = -1";

    [Fact]
    public async Task ACancelledTokenInterruptsARunningQuery()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var cancellation = new CancellationTokenSource();
        using var command = connection.CreateCommand();
        command.CommandText = Endless;
        var running = Task.Run(() => command.ExecuteScalarAsync(cancellation.Token));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT 1"));
    }

    [Fact]
    public void CancelFromAnotherThreadStopsTheStatementWithAnInterruptError()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Endless;
        using var stop = new Timer(_ => command.Cancel(), null, 200, 200);
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteScalar());
        Assert.True(error.IsInterrupted, error.Message);
    }

    [Fact]
    public async Task DapperPassesTheTokenThroughCommandDefinition()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var cancellation = new CancellationTokenSource();
        var running = Task.Run(() => connection.ExecuteScalarAsync<long>(new CommandDefinition(Endless, cancellationToken: cancellation.Token)));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public void CancellingAnIdleCommandDoesNotStopTheNextStatement()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM range(3000000) a";
        command.Cancel();
        Assert.Equal(3_000_000L, command.ExecuteScalar());
    }
}
