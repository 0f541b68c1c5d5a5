namespace PerfEval.Generator.Rendering;

/// <summary>How tables look in a plain-text report.</summary>
public enum TableShape
{
    /// <summary>One cell per line with a leading tab; a blank line ends a row (text saved from Word).</summary>
    TabCells,

    /// <summary>|a|b||c|: a merged cell leaves a run of pipes.</summary>
    Pipes,

    /// <summary>a b c: one space between cells; empty cells vanish.</summary>
    Flattened,

    /// <summary>abc: no separator at all.</summary>
    Glued,

    /// <summary>a\tb\tc on one line, as copied from a web page's table.</summary>
    TabbedLines,
}
