using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace PostLint.Classification;

/// <summary>
/// MurmurHash3_x86_32 of a key made of byte runs, fed up to four bytes at a time: the word n-gram fast path. A key
/// such as <c>"w2\u001F" + t1 + "\u001F" + t2</c> of ASCII tokens is hashed from a byte copy of the text in place,
/// with the whole state in registers; the result equals <see cref="MurmurHash3"/> over the same bytes.
/// </summary>
/// <remarks>
/// A local value, used once: push the bytes, then call <see cref="Finish"/>. Up to seven pending bytes are kept in a
/// 64-bit word; whenever four or more are pending the low four are mixed as one block.
/// </remarks>
internal struct AsciiKeyHasher
{
    private uint _hash;
    private ulong _pending;
    private int _pendingBits;
    private int _length;

    /// <summary>Initializes a hasher with a seed and the key's first three bytes.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="prefix">The bytes b0 | b1 &lt;&lt; 8 | b2 &lt;&lt; 16 (<c>w1\u001F</c> and the like).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AsciiKeyHasher(uint seed, uint prefix)
    {
        _hash = seed;
        _pending = prefix;
        _pendingBits = 24;
        _length = 3;
    }

    /// <summary>Appends one byte.</summary>
    /// <param name="value">The byte.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value) => Push(value, 1);

    /// <summary>Appends <c>bytes[start..(start + length)]</c>.</summary>
    /// <param name="bytes">The bytes, with at least three more after the run (they are read and masked off).</param>
    /// <param name="start">Where the run starts.</param>
    /// <param name="length">The run's length.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> bytes, int start, int length)
    {
        int i = start;
        int end = start + length;
        for (; end - i >= 4; i += 4)
        {
            Push(BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]), 4);
        }

        int rest = end - i;
        if (rest > 0)
        {
            Push(BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]) & (uint.MaxValue >> (32 - (8 * rest))), rest);
        }
    }

    /// <summary>Mixes in the pending bytes and the length and returns the hash.</summary>
    /// <returns>The 32-bit hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly uint Finish() => MurmurHash3.Finish(_hash, (uint)_pending, _pendingBits >> 3, _length);

    /// <summary>Appends 1..4 bytes given as the low bytes of a word (the bytes above them zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(uint bytes, int count)
    {
        _pending |= (ulong)bytes << _pendingBits;
        _pendingBits += 8 * count;
        _length += count;
        if (_pendingBits >= 32)
        {
            _hash = MurmurHash3.Mix(_hash, (uint)_pending);
            _pending >>= 32;
            _pendingBits -= 32;
        }
    }
}
