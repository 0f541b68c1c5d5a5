using System.Diagnostics;

namespace PerfEval.DuckDb.Diagnostics;

/// <summary>
/// Announces each command as it starts, the way ADO.NET providers do through a <see cref="DiagnosticListener"/>,
/// so a profiler or benchmark can see which statements a page ran and replay them. Costs one check when nobody listens.
/// </summary>
public static class DuckDbDiagnostics
{
    public const string ListenerName = "PerfEval.DuckDb";
    public const string CommandExecuting = "PerfEval.DuckDb.CommandExecuting";

    internal static readonly DiagnosticListener Listener = new(ListenerName);

    internal static void WriteExecuting(string commandText, DuckDbParameterCollection parameters)
    {
        if (Listener.IsEnabled(CommandExecuting))
        {
            var copied = parameters.Cast<DuckDbParameter>().Select(p => new DuckDbParameter(p.ParameterName, p.Value)).ToList();
            Listener.Write(CommandExecuting, new ExecutingCommand(commandText, copied));
        }
    }
}

/// <summary>A command's text and a copy of its parameters, as it was about to run.</summary>
public sealed record ExecutingCommand(string CommandText, IReadOnlyList<DuckDbParameter> Parameters);
