using System.Runtime.CompilerServices;
using Dapper;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb.Tests;

[Collection(nameof(FinalizerTests))]
[CollectionDefinition(nameof(FinalizerTests), DisableParallelization = true)]
public sealed class FinalizerTests
{
    [Fact]
    public void ReadersNobodyDisposedGiveTheirResultsBackWhenCollected()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        Collect();
        var before = DuckDbResultHandle.Live;

        AbandonReaders(connection, count: 20);
        var held = DuckDbResultHandle.Live;
        Collect();

        Assert.Equal(before + 20, held);
        Assert.Equal(before, DuckDbResultHandle.Live);
        Assert.Equal(100_000L, connection.ExecuteScalar<long>("SELECT count(*) FROM range(100000)"));
    }

    [Fact]
    public void AReaderAbandonedAfterItsConnectionClosedIsStillReleasedSafely()
    {
        var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        Collect();
        var before = DuckDbResultHandle.Live;
        AbandonReaders(connection, count: 3);
        connection.Dispose();
        Collect();

        Assert.Equal(before, DuckDbResultHandle.Live);
        using var again = new DuckDbConnection("Data Source=:memory:");
        again.Open();
        Assert.Equal(2, again.ExecuteScalar<int>("SELECT 2"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AbandonReaders(DuckDbConnection connection, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var command = connection.CreateCommand();
            command.CommandText = "SELECT range AS a, range * 2 AS b FROM range(100000)";
            var reader = command.ExecuteReader();
            Assert.True(reader.Read());
        }
    }

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
