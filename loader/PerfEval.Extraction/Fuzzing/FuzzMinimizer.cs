namespace PerfEval.Extraction.Fuzzing;

/// <summary>Shrinks a failing input by deleting ever smaller chunks while it still fails (delta debugging, simplified).</summary>
public static class FuzzMinimizer
{
    public static string Shrink(string input, Func<string, bool> stillFails, int maxTries = 3000)
    {
        var current = input;
        var tries = 0;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && tries < maxTries; chunk /= 2)
        {
            var removed = true;
            while (removed && tries < maxTries)
            {
                removed = false;
                for (var at = 0; at + chunk <= current.Length && tries < maxTries; )
                {
                    var candidate = current.Remove(at, chunk);
                    tries++;
                    if (stillFails(candidate))
                    {
                        current = candidate;
                        removed = true;
                    }
                    else
                    {
                        at += chunk;
                    }
                }
            }
            if (chunk == 1)
            {
                break;
            }
        }
        return current;
    }
}
