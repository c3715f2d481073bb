using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace PostLint.Classification;

/// <summary>
/// MurmurHash3_x86_32 (Austin Appleby's public-domain algorithm), fed one byte at a time so that n-gram keys can be
/// hashed straight from <see cref="char"/> spans without building strings or byte buffers.
/// </summary>
/// <remarks>
/// A mutable value type: create it with a seed, append bytes or characters, then call <see cref="Finish()"/> once.
/// Characters are appended as UTF-8, one UTF-16 code unit at a time (a surrogate becomes a 3-byte sequence, as in
/// CESU-8 and ML.NET's <c>Hashing.MurmurHash</c>). For text without surrogates this is exactly UTF-8; for a char
/// n-gram that cuts a surrogate pair in half it still hashes deterministically.
/// </remarks>
internal struct MurmurHash3
{
    private const uint C1 = 0xcc9e2d51;
    private const uint C2 = 0x1b873593;

    private uint _hash;
    private uint _tail;
    private int _tailBytes;
    private int _length;

    /// <summary>Initializes a hasher with a seed.</summary>
    /// <param name="seed">The seed (ML.NET's n-gram hashing uses 314489979).</param>
    public MurmurHash3(uint seed)
    {
        _hash = seed;
        _tail = 0;
        _tailBytes = 0;
        _length = 0;
    }

    /// <summary>Hashes a byte span in one call.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The 32-bit hash.</returns>
    public static uint Hash(ReadOnlySpan<byte> data, uint seed)
    {
        var hasher = new MurmurHash3(seed);
        hasher.Append(data);
        return hasher.Finish();
    }

    /// <summary>
    /// Hashes the 6-byte key <c>b0 b1 b2 c0 c1 c2</c> (a 3-byte prefix and three ASCII chars) in one go; the same
    /// result as appending the bytes one by one, without the per-byte bookkeeping. The char trigram fast path.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="prefix">The prefix bytes b0 | b1 &lt;&lt; 8 | b2 &lt;&lt; 16.</param>
    /// <param name="c0">The first char, below U+0080.</param>
    /// <param name="c1">The second char, below U+0080.</param>
    /// <param name="c2">The third char, below U+0080.</param>
    /// <returns>The 32-bit hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashPrefixedAsciiTrigram(uint seed, uint prefix, uint c0, uint c1, uint c2) =>
        Finish(Mix(seed, prefix | (c0 << 24)), c1 | (c2 << 8), 2, 6);

    /// <summary>Appends one byte.</summary>
    /// <param name="value">The byte.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        _tail |= (uint)value << (_tailBytes << 3);
        _length++;
        if (++_tailBytes == 4)
        {
            MixBlock(_tail);
            _tail = 0;
            _tailBytes = 0;
        }
    }

    /// <summary>Appends bytes.</summary>
    /// <param name="data">The bytes.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        for (int i = 0; i < data.Length; i++)
        {
            Append(data[i]);
        }
    }

    /// <summary>Appends one UTF-16 code unit as UTF-8 (surrogates as 3-byte sequences).</summary>
    /// <param name="value">The code unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char value)
    {
        if (value < 0x80)
        {
            Append((byte)value);
        }
        else if (value < 0x800)
        {
            Append((byte)(0xC0 | (value >> 6)));
            Append((byte)(0x80 | (value & 0x3F)));
        }
        else
        {
            Append((byte)(0xE0 | (value >> 12)));
            Append((byte)(0x80 | ((value >> 6) & 0x3F)));
            Append((byte)(0x80 | (value & 0x3F)));
        }
    }

    /// <summary>Appends UTF-16 code units as UTF-8 (see <see cref="Append(char)"/>).</summary>
    /// <param name="text">The code units.</param>
    public void Append(ReadOnlySpan<char> text)
    {
        int i = 0;

        // Four ASCII chars make four bytes: one block, whatever the tail holds (the tail is 0..3 bytes, so the block
        // is the tail followed by the first bytes, and the rest becomes the new tail).
        if (BitConverter.IsLittleEndian)
        {
            ReadOnlySpan<ulong> quads = MemoryMarshal.Cast<char, ulong>(text);
            for (int q = 0; q < quads.Length; q++)
            {
                ulong four = quads[q];
                if ((four & 0xFF80_FF80_FF80_FF80UL) != 0)
                {
                    break;
                }

                uint packed = (uint)(four & 0xFF) | (uint)((four >> 8) & 0xFF00) | (uint)((four >> 16) & 0xFF_0000) | (uint)((four >> 24) & 0xFF00_0000);
                int shift = _tailBytes << 3;
                if (shift == 0)
                {
                    MixBlock(packed);
                }
                else
                {
                    MixBlock(_tail | (packed << shift));
                    _tail = packed >> (32 - shift);
                }

                _length += 4;
                i += 4;
            }
        }

        for (; i < text.Length; i++)
        {
            Append(text[i]);
        }
    }

    /// <summary>Mixes in the tail and the length and returns the hash.</summary>
    /// <returns>The 32-bit hash of everything appended.</returns>
    public readonly uint Finish() => Finish(_hash, _tail, _tailBytes, _length);

    /// <summary>Mixes one 4-byte block into a running hash.</summary>
    /// <param name="hash">The running hash.</param>
    /// <param name="block">The block, little-endian.</param>
    /// <returns>The new running hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint hash, uint block)
    {
        uint k = block * C1;
        k = BitOperations.RotateLeft(k, 15);
        k *= C2;
        uint h = hash ^ k;
        h = BitOperations.RotateLeft(h, 13);
        return (h * 5) + 0xe6546b64;
    }

    /// <summary>Mixes in the last 0..3 bytes and the length, and applies the final avalanche.</summary>
    /// <param name="hash">The running hash.</param>
    /// <param name="tail">The last bytes, little-endian (0 when none).</param>
    /// <param name="tailBytes">How many there are.</param>
    /// <param name="length">The total length in bytes.</param>
    /// <returns>The hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Finish(uint hash, uint tail, int tailBytes, int length)
    {
        uint h = hash;
        if (tailBytes > 0)
        {
            uint k = tail * C1;
            k = BitOperations.RotateLeft(k, 15);
            k *= C2;
            h ^= k;
        }

        h ^= (uint)length;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }

    private void MixBlock(uint block) => _hash = Mix(_hash, block);
}
