namespace PerfEval.DuckDb.Tests;

public sealed class TransactionTests
{
    [Fact]
    public void CommittedRowsAreVisibleToOtherConnections()
    {
        using var temp = new TempDatabase();
        using var writer = temp.Open();
        using var other = temp.Open();
        writer.Run("CREATE TABLE t (id INTEGER)");
        using (var transaction = writer.BeginTransaction())
        {
            writer.Run("INSERT INTO t VALUES (1), (2)");
            Assert.Equal(0L, other.Scalar("SELECT count(*) FROM t"));
            transaction.Commit();
        }
        Assert.Equal(2L, other.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void RollbackAndUncommittedDisposalDiscardTheRows()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (id INTEGER)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Run("INSERT INTO t VALUES (1)");
            transaction.Rollback();
        }
        using (connection.BeginTransaction())
        {
            connection.Run("INSERT INTO t VALUES (2)");
        }
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void AFailedStatementInsideATransactionStillRollsBackCleanly()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Run("INSERT INTO t VALUES (1)");
            Assert.Throws<DuckDbException>(() => connection.Run("INSERT INTO t VALUES (1)"));
        }
        connection.Run("INSERT INTO t VALUES (7)");
        Assert.Equal(7, connection.Scalar("SELECT sum(id)::INTEGER FROM t"));
    }

    [Fact]
    public void TransactionsDoNotNest()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());
    }

    [Fact]
    public void ClosingAConnectionMidTransactionRollsItBack()
    {
        using var temp = new TempDatabase();
        using (var setup = temp.Open())
        {
            setup.Run("CREATE TABLE t (id INTEGER)");
        }
        var connection = temp.Open();
        var transaction = connection.BeginTransaction();
        connection.Run("INSERT INTO t VALUES (1)");
        connection.Dispose();
        Assert.Throws<InvalidOperationException>(transaction.Commit);

        using var reopened = temp.Open();
        Assert.Equal(0L, reopened.Scalar("SELECT count(*) FROM t"));
    }
}
