using System.Text;
using PostLint.Classification;

namespace PostLint.Tests.Classification;

/// <summary>
/// The optimized featurizer and scorer against <see cref="ReferenceFeaturizer"/> on seeded random texts: plain ASCII,
/// Latin-1 and combining accents, CJK, emoji (surrogate pairs), lone surrogates, tabs and line breaks, long runs of one
/// character and long texts. Features must be identical (block, slot, count, order) and scores equal bit for bit.
/// </summary>
public sealed class FeaturizerEquivalenceTests
{
    private static readonly string[] s_pieces =
    [
        "buy", "now", "the", "a", "sale", "Link", "in", "BIO", "café", "Crème", "naïve", "e\u0301", "Ñ", "straße", "ﬁne",
        "日本語", "テキスト", "\U0001F35E", "\U0001F449", "\uD800", "\uDC00", "€10", "50%", "!!!", "?", "#ad", "@bakery",
        "https://shop.example.com/x?y=1", "\u00B5", "\u00BF", "Ω", "\u212A", "\U0001D400", "\U00010400", "x", "ab", "abc", "abcd",
        "abcde", "abcdefghijklmnopqrstuvwxyz", "\u0002", "\u001F", "\u007F", "ǅ", "İ", "Σ",
    ];

    private static readonly string[] s_separators = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "", " \n ", ", ", ". "];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 24; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    private static IEnumerable<FeaturizerConfig> Configs() =>
    [
        FeaturizerConfig.Default,
        FeaturizerConfig.Default with { WordNgramLength = 1 },
        FeaturizerConfig.Default with { WordNgramLength = 3, CharNgramMin = 1, CharNgramMax = 5 },
        FeaturizerConfig.Default with { SplitAllWhitespace = false, CharNgramMin = 2, CharNgramMax = 4 },
        FeaturizerConfig.WithBits(16),
        FeaturizerConfig.WithBits(22),
    ];

    internal static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        int kind = random.Next(6);
        int pieces = kind switch { 0 => random.Next(0, 4), 1 => random.Next(5, 40), 2 => random.Next(40, 400), _ => random.Next(5, 80) };
        for (int p = 0; p < pieces; p++)
        {
            if (kind == 3)
            {
                // ASCII only, with every length of word.
                sb.Append((char)random.Next(0x20, 0x7F), random.Next(1, 12));
            }
            else if (kind == 4 && random.Next(8) == 0)
            {
                sb.Append((char)random.Next(0x20, 0x250), random.Next(1, 70));   // long runs of one character
            }
            else
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            sb.Append(s_separators[random.Next(s_separators.Length)]);
        }

        if (kind == 5)
        {
            for (int c = random.Next(1, 60); c > 0; c--)
            {
                sb.Append((char)random.Next(0, 0x10000));   // anything, lone surrogates and controls included
            }
        }

        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Accumulate_RandomText_MatchesTheReferenceFeatures(int seed)
    {
        var random = new Random(seed);
        foreach (FeaturizerConfig config in Configs())
        {
            var featurizer = new HashingFeaturizer(config);
            for (int n = 0; n < 20; n++)
            {
                string text = RandomText(random);
                List<(FeatureBlock Block, int Slot, int Count)> expected = ReferenceFeaturizer.Features(text, config);
                FeaturizerScratch scratch = FeaturizerScratch.Rent();
                try
                {
                    featurizer.Accumulate(text, scratch);
                    FeatureAccumulator features = scratch.Features;
                    var actual = new List<(FeatureBlock Block, int Slot, int Count)>();
                    for (int e = 0; e < features.Count; e++)
                    {
                        actual.Add((features.Block(e), features.Slot(e), features.TermCount(e)));
                    }

                    Assert.True(expected.SequenceEqual(actual), $"config {config}, text \"{Escape(text)}\"");
                }
                finally
                {
                    FeaturizerScratch.Return(scratch);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RawScore_RandomText_EqualsTheReferenceBitForBit(int seed)
    {
        LinearTextClassifier model = LinearTextClassifier.LoadDefault();
        var random = new Random(1000 + seed);
        for (int n = 0; n < 40; n++)
        {
            string text = RandomText(random);
            double expected = ReferenceFeaturizer.RawScore(text, model.Config, model.Weights, model.Bias);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(model.RawScore(text)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(model.Explain(text, includeFeatures: false).RawScore));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NormalizeFramed_RandomText_MatchesTheReference(int seed)
    {
        var random = new Random(2000 + seed);
        for (int n = 0; n < 40; n++)
        {
            string text = RandomText(random);
            Assert.Equal(ReferenceFeaturizer.Normalize(text), TextNormalizer.Normalize(text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HashTrigrams_RandomText_EqualsTheScalarPath(int seed)
    {
        // The vector path (16 positions per step where the block is all ASCII) against the one-at-a-time path.
        var featurizer = new HashingFeaturizer(FeaturizerConfig.Default);
        var random = new Random(3000 + seed);
        for (int n = 0; n < 40; n++)
        {
            string text = RandomText(random) + "\u0002\u0003";
            int count = text.Length - 2;
            int[] vector = new int[count];
            int[] scalar = new int[count];
            featurizer.HashTrigrams(text, vector);
            featurizer.HashTrigramsScalar(text, scalar, 0, count);
            Assert.Equal(scalar, vector);
        }
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }
}
