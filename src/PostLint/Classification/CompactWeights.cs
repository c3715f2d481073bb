using System.Numerics;
using System.Runtime.CompilerServices;

namespace PostLint.Classification;

/// <summary>
/// A model's weights as a rank/select structure over the slots whose weight is not +0: a bit per slot, the number of
/// such slots before each 64-slot word, and their weights packed in slot order.
/// </summary>
/// <remarks>
/// <para>
/// A trained model leaves most slots at zero (L1 regularization; the shipped model has about 12,000 of 262,144 set),
/// so the dense array is 1 MiB of which a post touches a few hundred random floats: each a cache miss once other work
/// has evicted them. The compact form is about 100 KB and stays in the L2 cache.
/// </para>
/// <para>
/// <see cref="this[int]"/> returns exactly the dense weight, bit for bit: every weight whose bits are not all zero
/// (-0 included) is stored, and the others are +0. Immutable and thread-safe.
/// </para>
/// </remarks>
internal sealed class CompactWeights
{
    private readonly Word[] _words;
    private readonly float[] _values;

    /// <summary>64 slots: which are set, and how many set slots come before them (one cache line holds both).</summary>
    private struct Word
    {
        public ulong Present;
        public int Before;
    }

    /// <summary>Packs dense weights.</summary>
    /// <param name="weights">One weight per slot; the length is a power of two, at least 64.</param>
    public CompactWeights(ReadOnlySpan<float> weights)
    {
        _words = new Word[weights.Length / 64];
        int count = 0;
        foreach (float w in weights)
        {
            count += BitConverter.SingleToInt32Bits(w) != 0 ? 1 : 0;
        }

        _values = new float[count + 1];   // one spare +0, read (and masked) for a slot that is not present
        int next = 0;
        for (int word = 0; word < _words.Length; word++)
        {
            _words[word].Before = next;
            ulong bits = 0;
            for (int bit = 0; bit < 64; bit++)
            {
                float w = weights[(word * 64) + bit];
                if (BitConverter.SingleToInt32Bits(w) != 0)
                {
                    bits |= 1UL << bit;
                    _values[next++] = w;
                }
            }

            _words[word].Present = bits;
        }
    }

    /// <summary>Gets the number of slots whose weight is not +0.</summary>
    public int Count => _values.Length - 1;

    /// <summary>Gets the weight of a slot, the same bits as the dense array holds.</summary>
    /// <param name="slot">The slot, below the dense length.</param>
    /// <returns>The weight.</returns>
    public float this[int slot]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // Branch-free: whether a slot is set is as good as random, so the packed value is always read (the
            // rank of an absent slot is that of the next present one, or the spare) and masked to +0 when absent.
            ref readonly Word word = ref _words[slot >> 6];
            ulong bits = word.Present;
            ulong below = bits & ((1UL << slot) - 1);   // C# masks the shift count to 0..63
            int rank = word.Before + BitOperations.PopCount(below);
            int mask = -(int)((bits >> slot) & 1);
            return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(_values[rank]) & mask);
        }
    }
}
