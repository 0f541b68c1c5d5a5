namespace PerfEval.Extraction.Documents;

/// <summary>A document could not be read. <see cref="Reason"/> is a stable machine code (see <see cref="DocumentReadReasons"/>).</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException()
        : this("(unknown)", DocumentReadReasons.UnsupportedFormat, "could not be read")
    {
    }

    public DocumentReadException(string message)
        : this("(unknown)", DocumentReadReasons.UnsupportedFormat, message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : this("(unknown)", DocumentReadReasons.UnsupportedFormat, message, innerException)
    {
    }

    public DocumentReadException(string fileName, string reason, string problem, Exception? innerException = null)
        : base($"{fileName}: {problem} ({reason})", innerException)
    {
        FileName = fileName;
        Reason = reason;
    }

    public string FileName { get; } = "(unknown)";

    public string Reason { get; } = DocumentReadReasons.UnsupportedFormat;
}
