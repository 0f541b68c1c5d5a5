using System.Globalization;

namespace PerfEval.Generator;

/// <summary>The `generate` command's arguments: an output folder and the options that shape the <see cref="CorpusSpec"/>.</summary>
public sealed record GenerateArguments(string OutFolder, CorpusSpec Spec)
{
    public const string Usage =
        "usage: perfeval generate <out-folder> [--demo] [--count N] [--city 株洲市] [--districts 荷塘区,芦淞区] "
        + "[--years 2021-2023|2021,2023] [--kinds overall,project,key_evaluation] [--formats txt,docx,pdf] "
        + "[--encodings utf-8,utf-8-bom,gb18030,utf-16] [--anomaly-rate 0.2] [--seed N] [--threads N] [--gazetteer <folder>]";

    /// <summary>Parses the arguments after the command name; throws <see cref="ArgumentException"/> with the reason.</summary>
    public static GenerateArguments Parse(IReadOnlyList<string> args)
    {
        string? outFolder = null;
        var spec = args.Contains("--demo") ? CorpusSpec.Demo : new CorpusSpec();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--demo")
            {
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                outFolder = outFolder is null ? arg : throw new ArgumentException($"unexpected argument '{arg}'");
                continue;
            }
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value");
            spec = arg switch
            {
                "--count" => spec with { Count = Int(arg, value) },
                "--city" => spec with { City = value, Districts = [] },
                "--districts" => spec with { Districts = List(value) },
                "--years" => spec with { Years = Years(value) },
                "--kinds" => spec with { Kinds = List(value) },
                "--formats" => spec with { Formats = List(value) },
                "--encodings" => spec with { TxtEncodings = List(value) },
                "--anomaly-rate" => spec with { AnomalyRate = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) ? rate : throw new ArgumentException($"{arg}: '{value}' is not a number") },
                "--seed" => spec with { Seed = Int(arg, value) },
                "--threads" => spec with { Threads = Int(arg, value) },
                "--gazetteer" => spec with { GazetteerFolder = value },
                _ => throw new ArgumentException($"unknown option '{arg}'"),
            };
        }
        if (outFolder is null)
        {
            throw new ArgumentException("the output folder is missing");
        }
        spec.Validate();
        return new GenerateArguments(outFolder, spec);
    }

    private static int Int(string option, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{option}: '{value}' is not a whole number");

    private static List<string> List(string value) => [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<int> Years(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            var from = Int("--years", value[..dash]);
            var to = Int("--years", value[(dash + 1)..]);
            return to >= from ? [.. Enumerable.Range(from, to - from + 1)] : throw new ArgumentException($"--years: '{value}' runs backwards");
        }
        return [.. List(value).Select(y => Int("--years", y))];
    }
}
