using System.Globalization;
using System.Text;

namespace PostLint.Classification;

/// <summary>
/// The featurizer's text normalization (§4.1 step 1): NFD, drop non-spacing marks, NFC, lower-case invariant;
/// punctuation and digits kept. The result is framed as U+0002 + normalized + U+0003, ready for char n-grams.
/// </summary>
/// <remarks>
/// <para>
/// NFD → drop Mn → NFC is applied per code point from <see cref="DiacriticFoldingTable"/>, because
/// <see cref="string.Normalize()"/> does nothing under invariant globalization and would make features depend on the
/// host. Per code point means that sequences are not composed across code points (a Hangul jamo sequence or an Indic
/// two-part vowel typed as separate code points stays separate); a combining mark typed after its base is dropped,
/// as NFD would. ML.NET uses its own per-character diacritics table, so neither is bit-identical to it.
/// </para>
/// <para>
/// Offsets: for each framed position p of a normalized character, <c>start[p]</c>..<c>end[p]</c> is the code
/// point of the original text it came from. A dropped mark is added to the end of the character before it, so
/// that a highlighted word covers its accents. Lone surrogates are kept as they are.
/// </para>
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>The character that frames the start of the text for char n-grams.</summary>
    public const char StartMarker = '\u0002';

    /// <summary>The character that frames the end of the text for char n-grams.</summary>
    public const char EndMarker = '\u0003';

    /// <summary>Returns the framed buffer size that is always enough for a text of the given length.</summary>
    /// <param name="textLength">The original length in UTF-16 code units.</param>
    /// <returns>3 code units per input code unit, plus the two markers.</returns>
    public static int MaxFramedLength(int textLength) => checked((3 * textLength) + 2);

    /// <summary>Normalizes and frames a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="destination">At least <see cref="MaxFramedLength"/> code units.</param>
    /// <param name="start">Empty, or at least as long as <paramref name="destination"/>: original start per position.</param>
    /// <param name="end">Empty, or at least as long as <paramref name="destination"/>: original end per position.</param>
    /// <returns>The framed length (normalized length + 2).</returns>
    public static int NormalizeFramed(ReadOnlySpan<char> text, Span<char> destination, Span<int> start, Span<int> end)
    {
        bool track = !start.IsEmpty;
        int o = 0;
        destination[o++] = StartMarker;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 0x80)
            {
                // A run of ASCII, lowered in bulk: what the loop below does to each of its chars.
                int run = text[i..].IndexOfAnyExcept(PostLint.Text.CharRanges.Ascii);
                int length = run < 0 ? text.Length - i : run;
                System.Text.Ascii.ToLower(text.Slice(i, length), destination.Slice(o, length), out _);
                if (track)
                {
                    Span<int> starts = start.Slice(o, length);
                    Span<int> ends = end.Slice(o, length);
                    for (int k = 0; k < starts.Length; k++)
                    {
                        starts[k] = i + k;
                        ends[k] = i + k + 1;
                    }
                }

                o += length;
                i += length;
                continue;
            }

            if (c < DiacriticFoldingTable.MinCodePoint)
            {
                // Below U+00C0 nothing folds and nothing is a mark; only case can change.
                destination[o] = c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
                if (track)
                {
                    start[o] = i;
                    end[o] = i + 1;
                }

                o++;
                i++;
                continue;
            }

            int codePoint = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }
            else if (char.IsSurrogate(c))
            {
                destination[o] = c;
                if (track)
                {
                    start[o] = i;
                    end[o] = i + 1;
                }

                o++;
                i++;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.NonSpacingMark)
            {
                if (track && o > 1)
                {
                    end[o - 1] = i + width;
                }

                i += width;
                continue;
            }

            int first = o;
            int index = DiacriticFoldingTable.CodePoints.BinarySearch(codePoint);
            if (index < 0)
            {
                o += WriteLower(codePoint, destination[o..]);
            }
            else
            {
                int from = DiacriticFoldingTable.Offsets[index];
                ReadOnlySpan<char> replacement = DiacriticFoldingTable.Replacements.AsSpan(from, DiacriticFoldingTable.Offsets[index + 1] - from);
                int r = 0;
                while (r < replacement.Length)
                {
                    Rune.DecodeFromUtf16(replacement[r..], out Rune rune, out int consumed);
                    o += WriteLower(rune.Value, destination[o..]);
                    r += consumed;
                }
            }

            if (track)
            {
                for (int p = first; p < o; p++)
                {
                    start[p] = i;
                    end[p] = i + width;
                }
            }

            i += width;
        }

        destination[o++] = EndMarker;
        return o;
    }

    /// <summary>Normalizes a text without framing or offsets (for tests and tools).</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalized text.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] buffer = new char[MaxFramedLength(text.Length)];
        int length = NormalizeFramed(text, buffer, default, default);
        return new string(buffer, 1, length - 2);
    }

    private static int WriteLower(int codePoint, Span<char> destination)
    {
        if (codePoint <= char.MaxValue)
        {
            destination[0] = char.ToLowerInvariant((char)codePoint);
            return 1;
        }

        return Rune.ToLowerInvariant(new Rune(codePoint)).EncodeToUtf16(destination);
    }
}
