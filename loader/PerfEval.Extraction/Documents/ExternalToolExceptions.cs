namespace PerfEval.Extraction.Documents;

/// <summary>The tool's executable could not be started (not installed, or not on PATH).</summary>
public sealed class ExternalToolMissingException : Exception
{
    public ExternalToolMissingException()
    {
    }

    public ExternalToolMissingException(string message)
        : base(message)
    {
    }

    public ExternalToolMissingException(string tool, Exception innerException)
        : base($"'{tool}' is not installed or not on PATH", innerException)
    {
        Tool = tool;
    }

    public string Tool { get; } = string.Empty;
}

public sealed class ExternalToolTimeoutException : Exception
{
    public ExternalToolTimeoutException()
    {
    }

    public ExternalToolTimeoutException(string message)
        : base(message)
    {
    }

    public ExternalToolTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExternalToolTimeoutException(string tool, TimeSpan timeout)
        : base($"'{tool}' did not finish within {timeout.TotalSeconds:0} s and was killed")
    {
    }
}

public sealed class ExternalToolOutputTooLargeException : Exception
{
    public ExternalToolOutputTooLargeException()
    {
    }

    public ExternalToolOutputTooLargeException(string message)
        : base(message)
    {
    }

    public ExternalToolOutputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExternalToolOutputTooLargeException(string tool, int limit)
        : base($"'{tool}' wrote more than {limit} characters and was stopped")
    {
    }
}
