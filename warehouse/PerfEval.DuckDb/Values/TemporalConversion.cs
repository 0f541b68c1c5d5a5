namespace PerfEval.DuckDb.Values;

/// <summary>DuckDB dates are days since 1970-01-01; timestamps microseconds since its midnight.</summary>
internal static class TemporalConversion
{
    private const int EpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(days + EpochDayNumber);

    public static long ToMicros(DateTime value) => (value.Ticks - EpochTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTime FromMicros(long micros) => new(EpochTicks + (micros * TimeSpan.TicksPerMicrosecond), DateTimeKind.Unspecified);

    public static long ToTimeMicros(TimeOnly value) => value.Ticks / TimeSpan.TicksPerMicrosecond;

    public static TimeOnly FromTimeMicros(long micros) => new(micros * TimeSpan.TicksPerMicrosecond);
}
