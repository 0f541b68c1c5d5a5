using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace PerfEval.DuckDb;

[SuppressMessage("Design", "CA1010", Justification = "DbParameterCollection's non-generic IList is the ADO.NET contract.")]
public sealed class DuckDbParameterCollection : DbParameterCollection
{
    private readonly List<DuckDbParameter> items = [];

    public override int Count => items.Count;

    public override object SyncRoot => ((ICollection)items).SyncRoot;

    public new DuckDbParameter this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    public new DuckDbParameter this[string name]
    {
        get => items[IndexOfExisting(name)];
        set => items[IndexOfExisting(name)] = value;
    }

    public DuckDbParameter Add(string name, object? value)
    {
        var parameter = new DuckDbParameter(name, value);
        items.Add(parameter);
        return parameter;
    }

    public DuckDbParameter AddWithValue(string name, object? value) => Add(name, value);

    public override int Add(object value)
    {
        items.Add(Cast(value));
        return items.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var value in values)
        {
            Add(value!);
        }
    }

    public override void Clear() => items.Clear();

    public override bool Contains(object value) => value is DuckDbParameter p && items.Contains(p);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)items).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => items.GetEnumerator();

    public override int IndexOf(object value) => value is DuckDbParameter p ? items.IndexOf(p) : -1;

    public override int IndexOf(string parameterName)
    {
        var bare = parameterName.TrimStart('$', '@', ':');
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].BareName, bare, StringComparison.Ordinal))
            {
                return i;
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].BareName, bare, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    public override void Insert(int index, object value) => items.Insert(index, Cast(value));

    public override void Remove(object value) => items.Remove(Cast(value));

    public override void RemoveAt(int index) => items.RemoveAt(index);

    public override void RemoveAt(string parameterName) => items.RemoveAt(IndexOfExisting(parameterName));

    protected override DbParameter GetParameter(int index) => items[index];

    protected override DbParameter GetParameter(string parameterName) => items[IndexOfExisting(parameterName)];

    protected override void SetParameter(int index, DbParameter value) => items[index] = Cast(value);

    protected override void SetParameter(string parameterName, DbParameter value) => items[IndexOfExisting(parameterName)] = Cast(value);

    private int IndexOfExisting(string name)
    {
        var index = IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"No parameter named '{name}'.", nameof(name));
    }

    private static DuckDbParameter Cast(object value) =>
        value as DuckDbParameter ?? throw new InvalidCastException($"Expected a DuckDbParameter, got {value?.GetType().Name ?? "null"}.");
}
