using System.Runtime.CompilerServices;

namespace PostLint.Classification;

/// <summary>
/// Merges n-gram occurrences into distinct features (block, slot) with term counts, in first-seen order, using a
/// small open-addressing table. Reused across calls: <see cref="Reset"/> clears only what the last text used.
/// </summary>
/// <remarks>
/// <para>
/// Each table entry holds its feature's key (slot &lt;&lt; 1 | block, plus 1 so that 0 means empty) and its term count,
/// so that an occurrence costs one probe and one increment in the same entry. The features in first-seen order are the
/// table positions in <c>_positions</c>. <see cref="AddAll"/> handles a new and a repeated n-gram with the same
/// instructions (an empty entry has count 0, and the position is written past the end whether or not it is kept):
/// which of the two an n-gram is cannot be predicted, and a mispredicted branch per n-gram cost more than the rest of
/// the update.
/// </para>
/// <para>Not thread-safe; each thread uses its own (see <see cref="FeaturizerScratch"/>).</para>
/// </remarks>
internal sealed class FeatureAccumulator
{
    private const int InitialTableSize = 2048;

    /// <summary>
    /// The table has this many entries per feature it can hold. At most a quarter full, a probe rarely goes past its
    /// first entry; at half full, the extra steps (and their mispredicted loop branch) cost a third more per n-gram.
    /// </summary>
    private const int EntriesPerFeature = 4;

    private Entry[] _table = new Entry[InitialTableSize];
    private int _tableShift = 32 - 11;

    // Table position per feature, first-seen order; its length bounds the load factor (see EntriesPerFeature).
    private int[] _positions = new int[InitialTableSize / EntriesPerFeature];

    // Feature index per table position, written only by AddIndexed (explanations need the index of a repeated n-gram).
    private int[] _featureAt = new int[InitialTableSize];
    private int _count;

    // Σ count² per block, kept as occurrences arrive (each adds 2 · old count + 1): exact integers.
    private long _squaresWord;
    private long _squaresChar;

    private struct Entry
    {
        public uint Key;
        public int Count;
    }

    /// <summary>Gets the number of distinct features.</summary>
    public int Count => _count;

    /// <summary>Gets how many array elements the accumulator holds (to decide whether to keep it cached).</summary>
    public int Capacity => _table.Length;

    /// <summary>Clears the features of the last text.</summary>
    public void Reset()
    {
        Entry[] table = _table;
        foreach (int position in _positions.AsSpan(0, _count))
        {
            table[position] = default;
        }

        _count = 0;
        _squaresWord = 0;
        _squaresChar = 0;
    }

    /// <summary>Adds one occurrence of each of a run of features of one block, in order.</summary>
    /// <param name="block">The block.</param>
    /// <param name="slots">The hash slots.</param>
    /// <remarks>
    /// The count and the arrays stay in registers for the whole run (through a field, each occurrence waited for the
    /// previous one's count to be stored and loaded again). Grows with the number of distinct features, not
    /// occurrences (the table is kept at most a quarter full), so memory stays bounded however long the text is.
    /// </remarks>
    public void AddAll(FeatureBlock block, ReadOnlySpan<int> slots)
    {
        while (_count + slots.Length >= _positions.Length)
        {
            Grow();
        }

        Entry[] table = _table;
        int[] positions = _positions;
        int shift = _tableShift;
        int mask = table.Length - 1;
        int count = _count;
        uint blockBit = (uint)block + 1;
        long squares = 0;
        foreach (int slot in slots)
        {
            uint key = ((uint)slot << 1) + blockBit;
            int position = (int)((key * 0x9E3779B1u) >> shift);
            while (true)
            {
                uint found = table[position].Key;
                if ((found == key) | (found == 0))
                {
                    break;
                }

                position = (position + 1) & mask;
            }

            ref Entry entry = ref table[position];
            int isNew = entry.Key == 0 ? 1 : 0;
            int previous = entry.Count;
            entry.Key = key;
            entry.Count = previous + 1;
            squares += (2L * previous) + 1;
            positions[count] = position;
            count += isNew;
        }

        _count = count;
        AddSquares(block, squares);
    }

    /// <summary>Adds one occurrence of a feature and returns the feature's index.</summary>
    /// <param name="block">The block.</param>
    /// <param name="slot">The hash slot.</param>
    /// <returns>The index of the feature (stable for this text).</returns>
    /// <remarks>For recording explanations; do not mix with <see cref="AddAll"/> within one text.</remarks>
    public int AddIndexed(FeatureBlock block, int slot)
    {
        if (_count >= _positions.Length - 1)
        {
            Grow();
        }

        uint key = (((uint)slot << 1) | (uint)block) + 1;
        int position = Probe(_table, key, _tableShift);
        ref Entry entry = ref _table[position];
        AddSquares(block, (2L * entry.Count) + 1);
        entry.Count++;
        if (entry.Key == 0)
        {
            entry.Key = key;
            _positions[_count] = position;
            _featureAt[position] = _count++;
        }

        return _featureAt[position];
    }

    /// <summary>Gets the slot of a feature.</summary>
    /// <param name="feature">The feature index.</param>
    /// <returns>The slot.</returns>
    public int Slot(int feature) => (int)((_table[_positions[feature]].Key - 1) >> 1);

    /// <summary>Gets the block of a feature.</summary>
    /// <param name="feature">The feature index.</param>
    /// <returns>The block.</returns>
    public FeatureBlock Block(int feature) => (FeatureBlock)((_table[_positions[feature]].Key - 1) & 1);

    /// <summary>Gets the term count of a feature.</summary>
    /// <param name="feature">The feature index.</param>
    /// <returns>How many times it occurred.</returns>
    public int TermCount(int feature) => _table[_positions[feature]].Count;

    /// <summary>Computes 1/‖block‖₂ of the term counts, per block (0 for an empty block).</summary>
    /// <param name="word">The word block's factor.</param>
    /// <param name="chars">The char block's factor.</param>
    public void InverseNorms(out double word, out double chars)
    {
        const long exact = 1L << 53;
        if (_squaresWord < exact && _squaresChar < exact)
        {
            // Every partial sum of the loop below is an integer under 2^53, so it adds exactly: the same doubles.
            word = _squaresWord > 0 ? 1.0 / Math.Sqrt(_squaresWord) : 0;
            chars = _squaresChar > 0 ? 1.0 / Math.Sqrt(_squaresChar) : 0;
            return;
        }

        Entry[] table = _table;
        double sumWord = 0;
        double sumChar = 0;
        foreach (int position in _positions.AsSpan(0, _count))
        {
            Entry entry = table[position];
            double c = entry.Count;
            if (((entry.Key - 1) & 1) == (uint)FeatureBlock.Word)
            {
                sumWord += c * c;
            }
            else
            {
                sumChar += c * c;
            }
        }

        word = sumWord > 0 ? 1.0 / Math.Sqrt(sumWord) : 0;
        chars = sumChar > 0 ? 1.0 / Math.Sqrt(sumChar) : 0;
    }

    /// <summary>Computes w·x + b over the features, in first-seen order.</summary>
    /// <param name="weights">The weights (one per slot).</param>
    /// <param name="bias">The bias; the sum starts from it.</param>
    /// <returns>The raw score.</returns>
    /// <remarks>
    /// Term by term this is <c>bias + Σ weights[slot] * (count * inverseNorm)</c>; explanations compute the same terms
    /// in the same order, so their sum equals this bit for bit.
    /// </remarks>
    public double Dot(CompactWeights weights, double bias)
    {
        InverseNorms(out double word, out double chars);
        Entry[] table = _table;
        double score = bias;
        foreach (int position in _positions.AsSpan(0, _count))
        {
            Entry entry = table[position];
            uint key = entry.Key - 1;
            double inverse = (key & 1) == (uint)FeatureBlock.Word ? word : chars;
            score += weights[(int)(key >> 1)] * (entry.Count * inverse);
        }

        return score;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddSquares(FeatureBlock block, long squares)
    {
        if (block == FeatureBlock.Word)
        {
            _squaresWord += squares;
        }
        else
        {
            _squaresChar += squares;
        }
    }

    /// <summary>Finds the entry of a key: its own, or the empty one where it goes (linear probing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Probe(Entry[] table, uint key, int shift)
    {
        int mask = table.Length - 1;
        int position = (int)((key * 0x9E3779B1u) >> shift);
        while (true)
        {
            // One branch, not two: whether an n-gram is new or repeated is data, not something to predict.
            uint found = table[position].Key;
            if ((found == key) | (found == 0))
            {
                return position;
            }

            position = (position + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var table = new Entry[2 * _table.Length];
        var positions = new int[table.Length / EntriesPerFeature];
        var featureAt = new int[table.Length];
        int shift = _tableShift - 1;
        for (int e = 0; e < _count; e++)
        {
            Entry entry = _table[_positions[e]];
            int position = Probe(table, entry.Key, shift);
            table[position] = entry;
            positions[e] = position;
            featureAt[position] = e;
        }

        _table = table;
        _positions = positions;
        _featureAt = featureAt;
        _tableShift = shift;
    }
}
