using PerfEval.DuckDb;

// Opens the database named on the command line, says so, and keeps it open until its input ends.
using var connection = new DuckDbConnection("Data Source=" + args[0]);
connection.Open();
Console.WriteLine("holding " + Environment.ProcessId);
Console.Out.Flush();
Console.In.ReadToEnd();
