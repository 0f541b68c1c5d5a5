using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Appending;

/// <summary>
/// Native memory for the UTF-8 bytes of long strings written into a chunk. Blocks never move, so a string's
/// pointer stays valid until the chunk is appended (DuckDB copies the bytes then) and the arena is reset.
/// </summary>
internal sealed unsafe class StringArena : IDisposable
{
    private const int BlockSize = 256 * 1024;
    private readonly List<(nint Start, int Size)> blocks = [];
    private int current = -1;
    private int used;

    /// <summary>Room for up to <paramref name="length"/> bytes; only <see cref="Commit"/> keeps them.</summary>
    public byte* Reserve(int length)
    {
        if (current < 0 || used + length > blocks[current].Size)
        {
            NextBlock(length);
        }
        return (byte*)blocks[current].Start + used;
    }

    public void Commit(int length) => used += length;

    public void Reset()
    {
        current = blocks.Count > 0 ? 0 : -1;
        used = 0;
    }

    public void Dispose()
    {
        foreach (var (start, _) in blocks)
        {
            NativeMemory.Free((void*)start);
        }
        blocks.Clear();
        current = -1;
    }

    private void NextBlock(int length)
    {
        used = 0;
        for (current++; current < blocks.Count; current++)
        {
            if (blocks[current].Size >= length)
            {
                return;
            }
        }
        var size = Math.Max(BlockSize, length);
        blocks.Add(((nint)NativeMemory.Alloc((nuint)size), size));
        current = blocks.Count - 1;
    }
}
