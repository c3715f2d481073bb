using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PostLint.Classification;

/// <summary>
/// Turns a text into hashed, term-counted, per-block L2-normalized n-gram features, as ML.NET's
/// <c>FeaturizeText</c> does with a dictionary (§4.1): normalized text; word 1..n-grams on whitespace tokens;
/// char n-grams over U+0002 + text + U+0003; slot = MurmurHash3_x86_32(UTF-8 key, seed) masked to the bits.
/// </summary>
/// <remarks>
/// <para>
/// Keys: <c>"w1\u001F" + t</c>, <c>"w2\u001F" + t1 + "\u001F" + t2</c> (and <c>w3</c>), <c>"c3\u001F" + gram</c>.
/// They are hashed from the normalized text in place; no string is built per n-gram.
/// </para>
/// <para>
/// The vector: each distinct (block, slot) is one feature whose value is its term count divided by the L2 norm of
/// its block's counts. Word and char features share the slot space; a word and a char feature in the same slot
/// both add to that slot's weight. Immutable and thread-safe.
/// </para>
/// </remarks>
internal sealed class HashingFeaturizer
{
    /// <summary>
    /// The revision of the featurization code, hashed into every model's config hash. Bump it whenever the
    /// features of some text change (tokenization, keys, normalization, the diacritic table).
    /// </summary>
    public const int Revision = 1;

    private const byte KeySeparator = 0x1F;

    /// <summary>The bytes <c>c3\u001F</c> of a trigram key as the low three bytes of a block.</summary>
    private const uint TrigramPrefix = 'c' | ('3' << 8) | (KeySeparator << 16);

    /// <summary>The bytes <c>w1\u001F</c>, <c>w2\u001F</c> and <c>w3\u001F</c> of word n-gram keys.</summary>
    private const uint Word1Prefix = 'w' | ('1' << 8) | (KeySeparator << 16);

    private const uint Word2Prefix = 'w' | ('2' << 8) | (KeySeparator << 16);

    private const uint Word3Prefix = 'w' | ('3' << 8) | (KeySeparator << 16);

    /// <summary>The longest framed text (plus 3) whose byte copy goes on the stack rather than in a rented array.</summary>
    private const int StackBytes = 1024;

    /// <summary>How many word n-grams are collected on the stack before they go to the sink.</summary>
    private const int WordChunk = 128;

    /// <summary>How many char n-grams are hashed into a stack buffer before they go to the sink.</summary>
    private const int CharChunk = 256;

    private readonly FeaturizerConfig _config;
    private readonly uint _mask;
    private readonly MurmurHash3 _word1;
    private readonly MurmurHash3 _word2;
    private readonly MurmurHash3 _word3;
    private readonly MurmurHash3[] _chars;

    /// <summary>Initializes a featurizer.</summary>
    /// <param name="config">The settings.</param>
    /// <exception cref="ArgumentOutOfRangeException">The settings are out of range.</exception>
    public HashingFeaturizer(FeaturizerConfig config)
    {
        string? problem = config.Validate();
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(config), config, problem);
        }

        _config = config;
        _mask = config.SlotMask;
        _word1 = Prefixed(config.Seed, (byte)'w', (byte)'1');
        _word2 = Prefixed(config.Seed, (byte)'w', (byte)'2');
        _word3 = Prefixed(config.Seed, (byte)'w', (byte)'3');
        _chars = new MurmurHash3[config.CharNgramMax + 1];
        for (int n = config.CharNgramMin; n <= config.CharNgramMax; n++)
        {
            _chars[n] = Prefixed(config.Seed, (byte)'c', (byte)('0' + n));
        }
    }

    /// <summary>Gets the settings.</summary>
    public FeaturizerConfig Config => _config;

    /// <summary>Gets the first token of a word n-gram from its <see cref="INgramSink.OnWordNgrams"/> entry.</summary>
    /// <param name="tokens">The entry.</param>
    /// <returns>The token index.</returns>
    public static int FirstToken(int tokens) => tokens >> 2;

    /// <summary>Gets the number of tokens of a word n-gram from its <see cref="INgramSink.OnWordNgrams"/> entry.</summary>
    /// <param name="tokens">The entry.</param>
    /// <returns>1, 2 or 3.</returns>
    public static int TokenCount(int tokens) => tokens & 3;

    /// <summary>Returns an upper bound on the n-gram occurrences of a framed text.</summary>
    /// <param name="framedLength">The framed length.</param>
    /// <returns>The bound.</returns>
    public int MaxNgrams(int framedLength) =>
        (int)Math.Min(int.MaxValue, (long)(_config.WordNgramLength + _config.CharNgramMax - _config.CharNgramMin + 1) * framedLength);

    /// <summary>Hashes one key given as text, for tests: <c>"w1\u001Fgreat"</c> and the like.</summary>
    /// <param name="key">The whole key.</param>
    /// <returns>The slot.</returns>
    public int SlotOf(ReadOnlySpan<char> key)
    {
        var hasher = new MurmurHash3(_config.Seed);
        hasher.Append(key);
        return (int)(hasher.Finish() & _mask);
    }

    /// <summary>Enumerates the word tokens and n-grams of a framed, normalized text.</summary>
    /// <typeparam name="TSink">The receiver.</typeparam>
    /// <param name="framed">U+0002 + normalized text + U+0003, from <see cref="TextNormalizer.NormalizeFramed"/>.</param>
    /// <param name="sink">The receiver; word tokens and n-grams first, then char n-grams.</param>
    public void Enumerate<TSink>(ReadOnlySpan<char> framed, ref TSink sink)
        where TSink : struct, INgramSink
    {
        EnumerateWords(framed, ref sink);
        EnumerateChars(framed, ref sink);
    }

    /// <summary>
    /// The word tokens and n-grams. An n-gram of ASCII tokens is hashed from a byte copy of the text with
    /// <see cref="AsciiKeyHasher"/>; any other goes through <see cref="MurmurHash3"/> char by char. Both hash the same
    /// bytes (an ASCII char is its own UTF-8).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnumerateWords<TSink>(ReadOnlySpan<char> framed, ref TSink sink)
        where TSink : struct, INgramSink
    {
        byte[]? rented = null;
        Span<byte> bytes = framed.Length + 3 <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(framed.Length + 3));
        NarrowToLowBytes(framed, bytes);

        Span<int> wordSlots = stackalloc int[WordChunk];
        Span<int> wordTokens = stackalloc int[WordChunk];
        int pending = 0;
        uint seed = _config.Seed;
        uint mask = _mask;
        int wordN = _config.WordNgramLength;
        ulong separators = _config.SplitAllWhitespace ? (1UL << ' ') | (1UL << '\t') | (1UL << '\n') | (1UL << '\r') : 1UL << ' ';
        int end = framed.Length - 1;
        int previousStart = 0, previousLength = 0, earlierStart = 0, earlierLength = 0;
        bool previousAscii = true, earlierAscii = true;
        int token = 0;
        int p = 1;
        while (p < end)
        {
            if (IsSeparator(framed[p], separators))
            {
                p++;
                continue;
            }

            int start = p;
            uint seen = 0;
            do
            {
                seen |= framed[p];
                p++;
            }
            while (p < end && !IsSeparator(framed[p], separators));

            int length = p - start;
            bool ascii = seen < 0x80;
            sink.OnToken(token, start, length);

            uint hash;
            if (ascii)
            {
                var fast = new AsciiKeyHasher(seed, Word1Prefix);
                fast.Append(bytes, start, length);
                hash = fast.Finish();
            }
            else
            {
                MurmurHash3 hasher = _word1;
                hasher.Append(framed.Slice(start, length));
                hash = hasher.Finish();
            }

            if (pending > WordChunk - 3)
            {
                sink.OnWordNgrams(wordSlots[..pending], wordTokens[..pending]);
                pending = 0;
            }

            wordSlots[pending] = (int)(hash & mask);
            wordTokens[pending++] = (token << 2) | 1;

            if (wordN >= 2 && token >= 1)
            {
                if (ascii && previousAscii)
                {
                    var fast = new AsciiKeyHasher(seed, Word2Prefix);
                    fast.Append(bytes, previousStart, previousLength);
                    fast.Append(KeySeparator);
                    fast.Append(bytes, start, length);
                    hash = fast.Finish();
                }
                else
                {
                    MurmurHash3 hasher = _word2;
                    hasher.Append(framed.Slice(previousStart, previousLength));
                    hasher.Append(KeySeparator);
                    hasher.Append(framed.Slice(start, length));
                    hash = hasher.Finish();
                }

                wordSlots[pending] = (int)(hash & mask);
                wordTokens[pending++] = ((token - 1) << 2) | 2;
            }

            if (wordN >= 3 && token >= 2)
            {
                if (ascii && previousAscii && earlierAscii)
                {
                    var fast = new AsciiKeyHasher(seed, Word3Prefix);
                    fast.Append(bytes, earlierStart, earlierLength);
                    fast.Append(KeySeparator);
                    fast.Append(bytes, previousStart, previousLength);
                    fast.Append(KeySeparator);
                    fast.Append(bytes, start, length);
                    hash = fast.Finish();
                }
                else
                {
                    MurmurHash3 hasher = _word3;
                    hasher.Append(framed.Slice(earlierStart, earlierLength));
                    hasher.Append(KeySeparator);
                    hasher.Append(framed.Slice(previousStart, previousLength));
                    hasher.Append(KeySeparator);
                    hasher.Append(framed.Slice(start, length));
                    hash = hasher.Finish();
                }

                wordSlots[pending] = (int)(hash & mask);
                wordTokens[pending++] = ((token - 2) << 2) | 3;
            }

            earlierStart = previousStart;
            earlierLength = previousLength;
            earlierAscii = previousAscii;
            previousStart = start;
            previousLength = length;
            previousAscii = ascii;
            token++;
        }

        sink.OnWordNgrams(wordSlots[..pending], wordTokens[..pending]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The char n-grams, hashed in runs of <see cref="CharChunk"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnumerateChars<TSink>(ReadOnlySpan<char> framed, ref TSink sink)
        where TSink : struct, INgramSink
    {
        Span<int> slots = stackalloc int[CharChunk];
        for (int n = _config.CharNgramMin; n <= _config.CharNgramMax; n++)
        {
            int total = framed.Length - n + 1;
            for (int from = 0; from < total; from += CharChunk)
            {
                Span<int> chunk = slots[..Math.Min(CharChunk, total - from)];
                if (n == 3)
                {
                    HashTrigrams(framed.Slice(from, chunk.Length + 2), chunk);
                }
                else
                {
                    HashCharNgrams(framed.Slice(from, chunk.Length + n - 1), n, chunk);
                }

                sink.OnCharNgrams(n, from, chunk);
            }
        }
    }

    /// <summary>Normalizes a text and accumulates its features into a scratch's accumulator.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="scratch">The caller's scratch; its accumulator holds the features afterwards.</param>
    public void Accumulate(ReadOnlySpan<char> text, FeaturizerScratch scratch)
    {
        char[] buffer = scratch.Framed(TextNormalizer.MaxFramedLength(text.Length));
        int length = TextNormalizer.NormalizeFramed(text, buffer, default, default);
        ReadOnlySpan<char> framed = buffer.AsSpan(0, length);
        scratch.Features.Reset();
        var sink = new AccumulatingSink(scratch.Features);
        Enumerate(framed, ref sink);
    }

    /// <summary>Featurizes a text into a sparse vector sorted by slot (features sharing a slot summed).</summary>
    /// <param name="text">The original text.</param>
    /// <param name="slots">The distinct slots, ascending.</param>
    /// <param name="values">The values per slot.</param>
    /// <remarks>Used for training and tests; allocates the two arrays.</remarks>
    public void Featurize(ReadOnlySpan<char> text, out int[] slots, out double[] values)
    {
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            Accumulate(text, scratch);
            FeatureAccumulator features = scratch.Features;
            features.InverseNorms(out double word, out double chars);
            var rawSlots = new int[features.Count];
            var rawValues = new double[features.Count];
            for (int e = 0; e < features.Count; e++)
            {
                rawSlots[e] = features.Slot(e);
                rawValues[e] = features.TermCount(e) * (features.Block(e) == FeatureBlock.Word ? word : chars);
            }

            Array.Sort(rawSlots, rawValues);
            int distinct = 0;
            for (int e = 0; e < rawSlots.Length; e++)
            {
                if (distinct > 0 && rawSlots[distinct - 1] == rawSlots[e])
                {
                    rawValues[distinct - 1] += rawValues[e];
                }
                else
                {
                    rawSlots[distinct] = rawSlots[e];
                    rawValues[distinct] = rawValues[e];
                    distinct++;
                }
            }

            slots = rawSlots.AsSpan(0, distinct).ToArray();
            values = rawValues.AsSpan(0, distinct).ToArray();
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    /// <summary>Hashes the n-grams of one length in a window: <c>slots[k]</c> is the n-gram at <c>window[k..]</c>.</summary>
    private void HashCharNgrams(ReadOnlySpan<char> window, int n, Span<int> slots)
    {
        MurmurHash3 prefix = _chars[n];
        for (int k = 0; k < slots.Length; k++)
        {
            MurmurHash3 hasher = prefix;
            hasher.Append(window.Slice(k, n));
            slots[k] = (int)(hasher.Finish() & _mask);
        }
    }

    /// <summary>
    /// Hashes the trigrams of a window (<paramref name="slots"/> is two shorter than it): the key of an all-ASCII
    /// trigram is 6 bytes, hashed in one go, 16 positions at a time where the hardware has 256-bit vectors; any other
    /// trigram takes the general path.
    /// </summary>
    /// <param name="window">The chars.</param>
    /// <param name="slots">Receives the slot of the trigram at each position.</param>
    internal void HashTrigrams(ReadOnlySpan<char> window, Span<int> slots)
    {
        window = window[..(slots.Length + 2)];
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(window);
            Vector256<ushort> nonAscii = Vector256.Create((ushort)0xFF80);
            for (; i + 16 <= slots.Length; i += 16)
            {
                Vector256<ushort> first = Vector256.Create(units.Slice(i, 16));
                Vector256<ushort> second = Vector256.Create(units.Slice(i + 1, 16));
                Vector256<ushort> third = Vector256.Create(units.Slice(i + 2, 16));
                if (!Vector256.EqualsAll((first | second | third) & nonAscii, Vector256<ushort>.Zero))
                {
                    HashTrigramsScalar(window, slots, i, i + 16);
                    continue;
                }

                (Vector256<uint> first0, Vector256<uint> first1) = Vector256.Widen(first);
                (Vector256<uint> second0, Vector256<uint> second1) = Vector256.Widen(second);
                (Vector256<uint> third0, Vector256<uint> third1) = Vector256.Widen(third);
                HashAsciiTrigrams(first0, second0, third0).AsInt32().CopyTo(slots[i..]);
                HashAsciiTrigrams(first1, second1, third1).AsInt32().CopyTo(slots[(i + 8)..]);
            }
        }

        HashTrigramsScalar(window, slots, i, slots.Length);
    }

    /// <summary>Hashes the trigrams at positions <paramref name="from"/>..<paramref name="to"/> one at a time.</summary>
    internal void HashTrigramsScalar(ReadOnlySpan<char> window, Span<int> slots, int from, int to)
    {
        uint seed = _config.Seed;
        uint mask = _mask;
        MurmurHash3 general = _chars[3];
        for (int i = from; i < to; i++)
        {
            uint c0 = window[i], c1 = window[i + 1], c2 = window[i + 2];
            uint hash;
            if ((c0 | c1 | c2) < 0x80)
            {
                hash = MurmurHash3.HashPrefixedAsciiTrigram(seed, TrigramPrefix, c0, c1, c2);
            }
            else
            {
                MurmurHash3 hasher = general;
                hasher.Append(window.Slice(i, 3));
                hash = hasher.Finish();
            }

            slots[i] = (int)(hash & mask);
        }
    }

    /// <summary><see cref="MurmurHash3.HashPrefixedAsciiTrigram"/> in eight lanes, masked to slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<uint> HashAsciiTrigrams(Vector256<uint> c0, Vector256<uint> c1, Vector256<uint> c2)
    {
        Vector256<uint> k = Vector256.Create(TrigramPrefix) | Vector256.ShiftLeft(c0, 24);
        Vector256<uint> h = MixVector(Vector256.Create(_config.Seed), k);
        k = c1 | Vector256.ShiftLeft(c2, 8);
        k *= Vector256.Create(0xcc9e2d51u);
        k = RotateLeft(k, 15) * Vector256.Create(0x1b873593u);
        h ^= k ^ Vector256.Create(6u);
        h ^= Vector256.ShiftRightLogical(h, 16);
        h *= Vector256.Create(0x85ebca6bu);
        h ^= Vector256.ShiftRightLogical(h, 13);
        h *= Vector256.Create(0xc2b2ae35u);
        h ^= Vector256.ShiftRightLogical(h, 16);
        return h & Vector256.Create(_mask);
    }

    /// <summary><see cref="MurmurHash3.Mix"/> in eight lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> MixVector(Vector256<uint> hash, Vector256<uint> block)
    {
        Vector256<uint> k = RotateLeft(block * Vector256.Create(0xcc9e2d51u), 15) * Vector256.Create(0x1b873593u);
        Vector256<uint> h = RotateLeft(hash ^ k, 13);
        return (h * Vector256.Create(5u)) + Vector256.Create(0xe6546b64u);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> RotateLeft(Vector256<uint> value, int count) =>
        Vector256.ShiftLeft(value, count) | Vector256.ShiftRightLogical(value, 32 - count);

    /// <summary>Gets whether a char splits words: its bit in <paramref name="separators"/> (bits 0..32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c, ulong separators) => c <= ' ' && ((separators >> c) & 1) != 0;

    /// <summary>Writes the low byte of each char (the char itself for ASCII; the others are never read as bytes).</summary>
    private static void NarrowToLowBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(chars);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= units.Length; i += 16)
            {
                Vector128.Narrow(Vector128.Create(units.Slice(i, 8)), Vector128.Create(units.Slice(i + 8, 8))).CopyTo(bytes[i..]);
            }
        }

        for (; i < units.Length; i++)
        {
            bytes[i] = (byte)units[i];
        }
    }

    private static MurmurHash3 Prefixed(uint seed, byte kind, byte length)
    {
        var hasher = new MurmurHash3(seed);
        hasher.Append(kind);
        hasher.Append(length);
        hasher.Append(KeySeparator);
        return hasher;
    }
}
