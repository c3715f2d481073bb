using System.Globalization;
using System.Text;
using PostLint.Classification;

namespace PostLint.Tests.Classification;

/// <summary>
/// The featurizer of §4.1 written the slow, obvious way, to pin the optimized one: every key built as a string, turned
/// into bytes (each UTF-16 code unit as UTF-8, surrogates as 3 bytes), hashed in one call and merged in a dictionary.
/// The text normalization is the one-code-point-at-a-time loop, without fast paths.
/// </summary>
internal static class ReferenceFeaturizer
{
    /// <summary>Computes the distinct features (block, slot, count) in first-seen order.</summary>
    public static List<(FeatureBlock Block, int Slot, int Count)> Features(string text, FeaturizerConfig config)
    {
        string framed = TextNormalizer.StartMarker + Normalize(text) + TextNormalizer.EndMarker;
        var keys = new List<(FeatureBlock, string)>();
        var tokens = new List<string>();
        foreach (string token in framed[1..^1].Split(config.SplitAllWhitespace ? [' ', '\t', '\r', '\n'] : [' ']))
        {
            if (token.Length == 0)
            {
                continue;
            }

            tokens.Add(token);
            int t = tokens.Count - 1;
            keys.Add((FeatureBlock.Word, "w1\u001F" + token));
            if (config.WordNgramLength >= 2 && t >= 1)
            {
                keys.Add((FeatureBlock.Word, "w2\u001F" + tokens[t - 1] + "\u001F" + token));
            }

            if (config.WordNgramLength >= 3 && t >= 2)
            {
                keys.Add((FeatureBlock.Word, "w3\u001F" + tokens[t - 2] + "\u001F" + tokens[t - 1] + "\u001F" + token));
            }
        }

        for (int n = config.CharNgramMin; n <= config.CharNgramMax; n++)
        {
            for (int i = 0; i + n <= framed.Length; i++)
            {
                keys.Add((FeatureBlock.Char, string.Create(CultureInfo.InvariantCulture, $"c{n}\u001F{framed.AsSpan(i, n)}")));
            }
        }

        var features = new List<(FeatureBlock Block, int Slot, int Count)>();
        var index = new Dictionary<(FeatureBlock, int), int>();
        foreach ((FeatureBlock block, string key) in keys)
        {
            int slot = (int)(MurmurHash3.Hash(CodeUnitsAsUtf8(key), config.Seed) & config.SlotMask);
            if (index.TryGetValue((block, slot), out int e))
            {
                features[e] = (block, slot, features[e].Count + 1);
            }
            else
            {
                index.Add((block, slot), features.Count);
                features.Add((block, slot, 1));
            }
        }

        return features;
    }

    /// <summary>Computes w·x + b: per-block L2 norms of the counts, terms added in first-seen order.</summary>
    public static double RawScore(string text, FeaturizerConfig config, ReadOnlySpan<float> weights, double bias)
    {
        List<(FeatureBlock Block, int Slot, int Count)> features = Features(text, config);
        double sumWord = 0, sumChar = 0;
        foreach ((FeatureBlock block, _, int count) in features)
        {
            if (block == FeatureBlock.Word)
            {
                sumWord += (double)count * count;
            }
            else
            {
                sumChar += (double)count * count;
            }
        }

        double word = sumWord > 0 ? 1.0 / Math.Sqrt(sumWord) : 0;
        double chars = sumChar > 0 ? 1.0 / Math.Sqrt(sumChar) : 0;
        double score = bias;
        foreach ((FeatureBlock block, int slot, int count) in features)
        {
            score += weights[slot] * (count * (block == FeatureBlock.Word ? word : chars));
        }

        return score;
    }

    /// <summary>NFD, drop non-spacing marks, NFC and lower case, one code point at a time from the folding table.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                sb.Append(c);   // a lone surrogate is kept
                i++;
                continue;
            }

            int codePoint = char.ConvertToUtf32(text, i);
            int width = codePoint > char.MaxValue ? 2 : 1;
            i += width;
            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            int found = codePoint < DiacriticFoldingTable.MinCodePoint ? -1 : DiacriticFoldingTable.CodePoints.BinarySearch(codePoint);
            string folded = found < 0
                ? char.ConvertFromUtf32(codePoint)
                : DiacriticFoldingTable.Replacements[DiacriticFoldingTable.Offsets[found]..DiacriticFoldingTable.Offsets[found + 1]];
            for (int r = 0; r < folded.Length; r += char.IsSurrogatePair(folded, r) ? 2 : 1)
            {
                var rune = Rune.GetRuneAt(folded, r);
                sb.Append(rune.Value <= char.MaxValue ? char.ToLowerInvariant((char)rune.Value).ToString() : Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return sb.ToString();
    }

    /// <summary>Each UTF-16 code unit as its own UTF-8 sequence (a surrogate becomes 3 bytes, as in CESU-8).</summary>
    public static byte[] CodeUnitsAsUtf8(string key)
    {
        var bytes = new List<byte>();
        foreach (char c in key)
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (c < 0x800)
            {
                bytes.Add((byte)(0xC0 | (c >> 6)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
        }

        return [.. bytes];
    }
}
