using PostLint.Classification;

namespace PostLint.Tests.Classification;

public sealed class HashingFeaturizerTests
{
    private static readonly HashingFeaturizer s_featurizer = new(FeaturizerConfig.Default);

    [Fact]
    public void Featurize_GreatCafe_MatchesTheWorkedExample()
    {
        // §1.1: "Great Café!" → "great cafe!"; word features {great, cafe!, great cafe!} each 1/√3;
        // char trigrams of "\u0002great cafe!\u0003" (13 chars) are 11 distinct features each 1/√11; norm √2.
        string[] wordKeys = ["w1\u001Fgreat", "w1\u001Fcafe!", "w2\u001Fgreat\u001Fcafe!"];
        string framed = "\u0002great cafe!\u0003";
        Assert.Equal(13, framed.Length);
        var charKeys = new List<string>();
        for (int i = 0; i + 3 <= framed.Length; i++)
        {
            charKeys.Add(string.Concat("c3\u001F", framed.AsSpan(i, 3)));
        }

        Assert.Equal(11, charKeys.Distinct(StringComparer.Ordinal).Count());
        var expected = new SortedDictionary<int, double>();
        foreach (string key in wordKeys)
        {
            expected.Add(s_featurizer.SlotOf(key), 1 / Math.Sqrt(3)); // Add throws if two keys collide
        }

        foreach (string key in charKeys)
        {
            expected.Add(s_featurizer.SlotOf(key), 1 / Math.Sqrt(11));
        }

        s_featurizer.Featurize("Great Café!", out int[] slots, out double[] values);

        Assert.Equal(expected.Keys, slots);
        Assert.Equal(expected.Values, values, (a, b) => Math.Abs(a - b) < 1e-15);
        Assert.Equal(Math.Sqrt(2), Math.Sqrt(values.Sum(v => v * v)), 14);
    }

    [Fact]
    public void SlotOf_Keys_MatchPythonReferenceHashes()
    {
        // murmur3-vectors.tsv: w1␟great → E651682B, w2␟great␟cafe! → F7DFA369, c3␟\u0002gr → A3FEFABF (seed 314489979).
        Assert.Equal((int)(0xE651682Bu & 0x3FFFF), s_featurizer.SlotOf("w1\u001Fgreat"));
        Assert.Equal((int)(0xF7DFA369u & 0x3FFFF), s_featurizer.SlotOf("w2\u001Fgreat\u001Fcafe!"));
        Assert.Equal((int)(0xA3FEFABFu & 0x3FFFF), s_featurizer.SlotOf("c3\u001F\u0002gr"));
    }

    [Fact]
    public void Enumerate_Text_YieldsUnigramsBigramsAndFramedTrigrams()
    {
        const string framed = "\u0002buy now\tor\nnever\u0003";
        var recorder = new RecordingSink(framed);
        s_featurizer.Enumerate(framed, ref recorder);

        Assert.Equal(["buy", "now", "or", "never"], recorder.Tokens);
        Assert.Equal(["buy", "now", "buy now", "or", "now or", "never", "or never"], recorder.Words); // each token, then the bigram it ends
        Assert.Equal(16, recorder.Chars.Count); // 18 framed chars → 16 trigrams, markers included
        Assert.Equal("\u0002bu", recorder.Chars[0]);
        Assert.Equal("er\u0003", recorder.Chars[^1]);
    }

    [Fact]
    public void Enumerate_SpaceOnlySplit_KeepsLineBreaksInsideTokens()
    {
        var featurizer = new HashingFeaturizer(FeaturizerConfig.Default with { SplitAllWhitespace = false });
        const string framed = "\u0002end\nstart  x\u0003";
        var recorder = new RecordingSink(framed);
        featurizer.Enumerate(framed, ref recorder);

        Assert.Equal(["end\nstart", "x"], recorder.Tokens); // ML.NET's behaviour; empty tokens dropped
    }

    [Fact]
    public void Accumulate_RepeatedWords_NormalizesEachBlockToUnitLength()
    {
        // Word counts: buy 3, now 1, "buy buy" 2, "buy now" 1 → norm √15; the char block is normalized on its own.
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            s_featurizer.Accumulate("Buy buy BUY now", scratch);
            FeatureAccumulator features = scratch.Features;
            features.InverseNorms(out double word, out double chars);
            double wordSquares = 0, charSquares = 0;
            var wordCounts = new List<int>();
            for (int e = 0; e < features.Count; e++)
            {
                double value = features.TermCount(e) * (features.Block(e) == FeatureBlock.Word ? word : chars);
                if (features.Block(e) == FeatureBlock.Word)
                {
                    wordSquares += value * value;
                    wordCounts.Add(features.TermCount(e));
                }
                else
                {
                    charSquares += value * value;
                }
            }

            Assert.Equal([3, 2, 1, 1], wordCounts.OrderDescending());
            Assert.Equal(1 / Math.Sqrt(15), word, 15);
            Assert.Equal(1.0, wordSquares, 14);
            Assert.Equal(1.0, charSquares, 14);
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    [Fact]
    public void Featurize_EmptyText_HasNoFeatures()
    {
        s_featurizer.Featurize("", out int[] slots, out double[] values);
        Assert.Empty(slots);
        Assert.Empty(values);
    }

    [Fact]
    public void Featurize_WhitespaceOnly_HasOnlyCharFeatures()
    {
        s_featurizer.Featurize(" \n ", out int[] slots, out double[] values);
        Assert.Equal(3, slots.Length); // "\u0002 \n", " \n ", "\n \u0003"
        Assert.Equal(1.0, values.Sum(v => v * v), 14);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    public void Featurize_Bits_KeepsSlotsInRange(int bits)
    {
        var featurizer = new HashingFeaturizer(FeaturizerConfig.WithBits(bits));
        featurizer.Featurize("Order now and get 20% off with code BREAD20", out int[] slots, out _);
        Assert.All(slots, s => Assert.InRange(s, 0, (1 << bits) - 1));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(23)]
    public void Constructor_BitsOutOfRange_Throws(int bits)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new HashingFeaturizer(FeaturizerConfig.WithBits(bits)));
        Assert.StartsWith($"bits must be between 16 and 22, not {bits}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeHash_DifferentSettings_DiffersAndIsStable()
    {
        ulong baseline = FeaturizerConfig.Default.ComputeHash();
        Assert.Equal(baseline, FeaturizerConfig.Default.ComputeHash());
        Assert.NotEqual(baseline, FeaturizerConfig.WithBits(20).ComputeHash());
        Assert.NotEqual(baseline, (FeaturizerConfig.Default with { CharNgramMax = 5 }).ComputeHash());
        Assert.NotEqual(baseline, (FeaturizerConfig.Default with { SplitAllWhitespace = false }).ComputeHash());
    }

    private readonly struct RecordingSink(string framed) : INgramSink
    {
        public List<string> Tokens { get; } = [];

        public List<string> Words { get; } = [];

        public List<string> Chars { get; } = [];

        public void OnToken(int index, int start, int length) => Tokens.Add(framed.Substring(start, length));

        public void OnNgram(FeatureBlock block, int slot, int start, int length)
        {
            if (block == FeatureBlock.Word)
            {
                Words.Add(string.Join(' ', Tokens.Skip(start).Take(length)));
            }
            else
            {
                Chars.Add(framed.Substring(start, length));
            }
        }

        public void OnWordNgrams(ReadOnlySpan<int> slots, ReadOnlySpan<int> tokens)
        {
            for (int k = 0; k < slots.Length; k++)
            {
                OnNgram(FeatureBlock.Word, slots[k], HashingFeaturizer.FirstToken(tokens[k]), HashingFeaturizer.TokenCount(tokens[k]));
            }
        }

        public void OnCharNgrams(int length, int start, ReadOnlySpan<int> slots)
        {
            for (int k = 0; k < slots.Length; k++)
            {
                OnNgram(FeatureBlock.Char, slots[k], start + k, length);
            }
        }
    }
}
