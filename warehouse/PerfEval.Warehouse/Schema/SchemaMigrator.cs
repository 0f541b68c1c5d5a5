using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace PerfEval.Warehouse.Schema;

/// <summary>
/// Brings a warehouse to the current schema: numbered scripts in sql/schema run once each, journaled,
/// in their own transaction; views in sql/views are re-created on every start.
/// </summary>
public static class SchemaMigrator
{
    public static IReadOnlyList<string> Migrate(DbConnection connection)
    {
        connection.Execute(SqlScripts.Get("journal.sql"));
        var applied = connection.Query<(string Script, string Checksum)>("SELECT script, checksum FROM schema_journal")
            .ToDictionary(r => r.Script, r => r.Checksum, StringComparer.Ordinal);
        var ran = new List<string>();
        foreach (var script in SqlScripts.List("schema/"))
        {
            var sql = SqlScripts.Get(script);
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            if (applied.TryGetValue(script, out var known))
            {
                if (!string.Equals(known, checksum, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Schema script {script} changed after it was applied; add a new numbered script instead.");
                }
                continue;
            }
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_journal VALUES ($script, $checksum, now()::TIMESTAMP)",
                new { script, checksum },
                transaction);
            transaction.Commit();
            ran.Add(script);
        }
        foreach (var view in SqlScripts.List("views/"))
        {
            connection.Execute(SqlScripts.Get(view));
        }
        return ran;
    }
}
