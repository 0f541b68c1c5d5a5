using System.Diagnostics;

namespace PerfEval.DuckDb.Tests;

public sealed class LockTests
{
    [Fact]
    public void ConnectionsInOneProcessShareTheFile()
    {
        using var temp = new TempDatabase();
        using var first = temp.Open();
        using var second = new DuckDbConnection("Data Source=" + Path.Combine(temp.Folder, ".", "test.duckdb"));
        second.Open();
        first.Run("CREATE TABLE t AS SELECT 42 AS answer");
        Assert.Equal(42, second.Scalar("SELECT answer FROM t"));
    }

    [Fact]
    public void AFileHeldByAnotherProcessNamesThatProcess()
    {
        using var temp = new TempDatabase();
        var holder = Path.Combine(AppContext.BaseDirectory, "PerfEval.DuckDb.LockHolder.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(holder);
        start.ArgumentList.Add(temp.Path);
        using var child = Process.Start(start)!;
        try
        {
            Assert.Equal("holding " + child.Id, child.StandardOutput.ReadLine());

            var error = Assert.Throws<DuckDbException>(() => temp.Open());
            Assert.Equal(child.Id, error.LockHolderProcessId);
            Assert.Equal(temp.Path, error.LockedPath);
            Assert.Contains($"in use by process {child.Id}", error.Message, StringComparison.Ordinal);
            Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            child.StandardInput.Close();
            child.WaitForExit();
        }

        using var connection = temp.Open();
        Assert.Equal(1, connection.Scalar("SELECT 1"));
    }
}
