using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PostLint.Text;

/// <summary>
/// Folds a post for matching: compatibility decomposition (NFKD, so fullwidth and "fancy" math letters become plain
/// letters), accents dropped, lower case, zero-width and bidi controls removed, Cyrillic and Greek look-alikes folded
/// to Latin, whitespace runs folded to one space, spaced-out letters joined ("B U Y  N O W" becomes "buy now") and
/// digit-for-letter spellings folded ("fr33" becomes "free") when the result is a word the rules know.
/// </summary>
/// <remarks>Immutable and thread-safe once built; allocates nothing per call after warm-up (buffers are the caller's).</remarks>
internal sealed class TextNormalizer
{
    private const byte FlagStyled = 1;
    private const byte FlagConfusable = 2;
    private const int MaxJoinedLength = 48;

    private static readonly ConcurrentDictionary<int, (string Folded, byte Flags)> s_fold = new();

    private readonly HashSet<string> _vocabulary;
    private readonly bool _fastPaths;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a normalizer that joins and un-leets words into the given vocabulary.</summary>
    /// <param name="vocabulary">Words (already folded) that de-obfuscation may produce; usually the words of every phrase.</param>
    public TextNormalizer(IEnumerable<string> vocabulary)
        : this(vocabulary, fastPaths: true)
    {
    }

    /// <summary>Creates a normalizer; without fast paths every character takes the general path (for tests).</summary>
    /// <param name="vocabulary">Words (already folded) that de-obfuscation may produce.</param>
    /// <param name="fastPaths">False to process plain ASCII runs and words character by character.</param>
    internal TextNormalizer(IEnumerable<string> vocabulary, bool fastPaths)
    {
        _fastPaths = fastPaths;
        _vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in vocabulary)
        {
            if (word.Length >= 2)
            {
                _vocabulary.Add(word);
            }
        }

        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the words that de-obfuscation may produce.</summary>
    public IReadOnlySet<string> Vocabulary => _vocabulary;

    /// <summary>Folds <paramref name="text"/> into <paramref name="target"/>, using <paramref name="scratch"/> for the first pass.</summary>
    public void Normalize(string text, NormalizedText target, NormalizedText scratch, Span<byte> flagsScratch = default)
    {
        scratch.Reset(text);
        byte[]? rented = null;
        Span<byte> flags = flagsScratch.Length >= text.Length * 4 + 16
            ? flagsScratch
            : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(text.Length * 4 + 16));
        try
        {
            FoldCharacters(text, scratch, flags, _fastPaths);
            target.Reset(text);
            Rewrite(scratch, flags, target);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Folds a phrase from a rule file the same way post text is folded (without de-obfuscation).</summary>
    public static string FoldPhrase(string phrase)
    {
        var scratch = new NormalizedText();
        scratch.Reset(phrase);
        Span<byte> flags = new byte[phrase.Length * 4 + 16];
        FoldCharacters(phrase, scratch, flags, fastPaths: true);
        var sb = new StringBuilder(scratch.Length);
        bool space = true;
        foreach (char c in scratch.Span)
        {
            if (c == ' ')
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static void FoldCharacters(string text, NormalizedText output, Span<byte> flags, bool fastPaths)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (fastPaths && c is >= ' ' and <= '~')
            {
                // A run of printable ASCII: lowered in bulk, flags 0.
                int run = text.AsSpan(i).IndexOfAnyExcept(CharRanges.PrintableAscii);
                int end = run < 0 ? text.Length : i + run;
                int from = output.Length;
                output.AppendAsciiLower(text.AsSpan(i, end - i), i);
                if (from < flags.Length)
                {
                    flags[from..Math.Min(output.Length, flags.Length)].Clear();
                }

                i = end;
                continue;
            }

            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    Put(output, flags, (char)(c + 32), i, 0);
                }
                else if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    Put(output, flags, ' ', i, 0);
                }
                else if (c >= 0x20 && c != 0x7F)
                {
                    Put(output, flags, c, i, 0);
                }

                i++;
                continue;
            }

            int codePoint;
            int width;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }
            else if (char.IsSurrogate(c))
            {
                Put(output, flags, ' ', i, 0);   // a lone surrogate: treat as a break, never throw
                i++;
                continue;
            }
            else
            {
                codePoint = c;
                width = 1;
            }

            (string folded, byte flag) = s_fold.GetOrAdd(codePoint, static cp => FoldCodePoint(cp));
            for (int k = 0; k < folded.Length; k++)
            {
                Put(output, flags, folded[k], i, flag);
            }

            i += width;
        }
    }

    private static void Put(NormalizedText output, Span<byte> flags, char c, int originalIndex, byte flag)
    {
        if (output.Length < flags.Length)
        {
            flags[output.Length] = flag;
        }

        output.Append(c, originalIndex);
    }

    private static (string, byte) FoldCodePoint(int codePoint)
    {
        string original = char.ConvertFromUtf32(codePoint);
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return (string.Empty, FlagStyled);   // zero-width, bidi controls, variation selectors, soft hyphen
        }

        if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            return (" ", 0);
        }

        switch (codePoint)
        {
            case 0x2018 or 0x2019 or 0x201B or 0x02BC or 0x2032 or 0xFF07:
                return ("'", 0);   // typographic apostrophes: "don’t" matches "don't"
            case 0x201C or 0x201D or 0x201E or 0x201F or 0x00AB or 0x00BB or 0xFF02:
                return ("\"", 0);
            case 0x2010 or 0x2011 or 0x2012 or 0x2013 or 0x2014 or 0x2212:
                return ("-", 0);
        }

        string compatibility = original.IsNormalized(NormalizationForm.FormKD) ? original : original.Normalize(NormalizationForm.FormKD);
        string canonical = original.IsNormalized(NormalizationForm.FormD) ? original : original.Normalize(NormalizationForm.FormD);
        byte flag = string.Equals(compatibility, canonical, StringComparison.Ordinal) ? (byte)0 : FlagStyled;
        var sb = new StringBuilder(compatibility.Length);
        foreach (char d in compatibility)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(d);
            if (Confusables.IsConfusable(lower))
            {
                flag |= FlagConfusable;
                lower = Confusables.Fold(lower);
            }

            sb.Append(char.IsWhiteSpace(lower) ? ' ' : lower);
        }

        return (sb.ToString(), flag);
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsJoiner(char c) => c is '.' or '-' or '*' or '_' or '\u00B7' or '/' or '|' or '+' or '~';

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '8' or '9' or '!' or '|' or '@' or '$' or '\u20AC';

    private static char Unleet(char c, bool alternate) => c switch
    {
        '0' => 'o',
        '1' => alternate ? 'l' : 'i',
        '!' => 'i',
        '|' => alternate ? 'i' : 'l',
        '3' => 'e',
        '\u20AC' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => c,
    };

    private void Rewrite(NormalizedText source, ReadOnlySpan<byte> flags, NormalizedText target)
    {
        ReadOnlySpan<char> s = source.Span;
        ReadOnlySpan<int> map = source.Map;
        Span<char> buffer = stackalloc char[MaxJoinedLength];
        int i = 0;
        int obfuscated = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == ' ')
            {
                if (target.Length > 0 && target[target.Length - 1] != ' ')
                {
                    target.Append(' ', map[i]);
                }

                i++;
                continue;
            }

            if (_fastPaths && c is >= 'a' and <= 'z' && (i == 0 || !IsWordChar(s[i - 1])))
            {
                // The common word: two or more plain ASCII letters, not styled or look-alike, ending before a
                // character that is neither a word character nor a digit-for-letter. Nothing to join or un-leet:
                // copied as it is, as the general path below would.
                int run = s[i..].IndexOfAnyExcept(CharRanges.AsciiLowerLetters);
                int end = run < 0 ? s.Length : i + run;
                if (end - i >= 2 && end <= flags.Length && (end == s.Length || (!IsWordChar(s[end]) && !IsLeet(s[end]))) && !flags[i..end].ContainsAnyExcept((byte)0))
                {
                    target.AppendRange(s[i..end], map[i..end]);
                    i = end;
                    continue;
                }
            }

            if (IsLetter(c) && (i == 0 || !IsWordChar(s[i - 1])))
            {
                int consumed = TryJoinSpacedLetters(s, map, i, target, buffer);
                if (consumed > 0)
                {
                    obfuscated++;
                    i += consumed;
                    continue;
                }
            }

            if (IsWordChar(c) || IsLeet(c))
            {
                int end = i;
                bool hasLetter = false;
                bool hasLeet = false;
                byte wordFlags = 0;
                bool hasPlainLatin = false;
                while (end < s.Length && (IsWordChar(s[end]) || IsLeet(s[end])))
                {
                    char e = s[end];
                    if (IsLetter(e))
                    {
                        hasLetter = true;
                    }
                    else if (IsLeet(e))
                    {
                        hasLeet = true;
                    }

                    byte f = end < flags.Length ? flags[end] : (byte)0;
                    wordFlags |= f;
                    if (f == 0 && e is >= 'a' and <= 'z')
                    {
                        hasPlainLatin = true;
                    }

                    end++;
                }

                // Leading and trailing punctuation-like leet characters ("now!!!", "@bakery") are not part of the word.
                int wordEnd = end;
                while (wordEnd > i && !IsWordChar(s[wordEnd - 1]))
                {
                    wordEnd--;
                }

                int wordStart = i;
                while (wordStart < wordEnd && !IsWordChar(s[wordStart]))
                {
                    wordStart++;
                }

                hasLetter = false;
                hasLeet = false;
                for (int k = wordStart; k < wordEnd; k++)
                {
                    if (IsLetter(s[k]))
                    {
                        hasLetter = true;
                    }
                    else if (IsLeet(s[k]))
                    {
                        hasLeet = true;
                    }
                }

                for (int k = i; k < wordStart; k++)
                {
                    target.Append(s[k], map[k]);
                }

                if (wordEnd > wordStart)
                {
                    if (hasLetter && hasLeet && wordEnd - wordStart <= MaxJoinedLength && TryUnleet(s[wordStart..wordEnd], map[wordStart..wordEnd], target, buffer))
                    {
                        obfuscated++;
                    }
                    else
                    {
                        for (int k = wordStart; k < wordEnd; k++)
                        {
                            target.Append(s[k], map[k]);
                        }

                        if ((wordFlags & FlagStyled) != 0 || ((wordFlags & FlagConfusable) != 0 && hasPlainLatin))
                        {
                            obfuscated++;
                        }
                    }
                }

                for (int k = wordEnd; k < end; k++)
                {
                    target.Append(s[k], map[k]);
                }

                i = Math.Max(end, i + 1);
                continue;
            }

            target.Append(c, map[i]);
            i++;
        }

        if (target.Length > 0 && target[target.Length - 1] == ' ')
        {
            target.Truncate(target.Length - 1);
        }

        target.ObfuscatedWords = obfuscated;
    }

    private bool TryUnleet(ReadOnlySpan<char> word, ReadOnlySpan<int> map, NormalizedText target, Span<char> buffer)
    {
        for (int attempt = 0; attempt < 2; attempt++)
        {
            bool alternate = attempt == 1;
            for (int k = 0; k < word.Length; k++)
            {
                buffer[k] = Unleet(word[k], alternate);
            }

            if (_lookup.Contains(buffer[..word.Length]))
            {
                for (int k = 0; k < word.Length; k++)
                {
                    target.Append(buffer[k], map[k]);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Joins a run of single letters separated by single joiners ("b u y", "s.a.l.e"): a run needs three letters or
    /// more; a double space or " / " splits words. Emitted only when the result is known words.
    /// </summary>
    private int TryJoinSpacedLetters(ReadOnlySpan<char> s, ReadOnlySpan<int> map, int start, NormalizedText target, Span<char> buffer)
    {
        // Collect letter positions of the run.
        Span<int> positions = stackalloc int[MaxJoinedLength];
        Span<bool> breakBefore = stackalloc bool[MaxJoinedLength];
        int count = 0;
        int i = start;
        bool pendingBreak = false;
        while (i < s.Length && count < MaxJoinedLength)
        {
            if (!IsLetter(s[i]) || (i + 1 < s.Length && IsWordChar(s[i + 1])))
            {
                break;
            }

            positions[count] = i;
            breakBefore[count] = pendingBreak;
            count++;
            int j = i + 1;
            int separators = 0;
            bool sawSpace = false;
            while (j < s.Length && (s[j] == ' ' || IsJoiner(s[j])) && separators < 3)
            {
                sawSpace |= s[j] == ' ';
                separators++;
                j++;
            }

            if (separators == 0 || j >= s.Length || !IsLetter(s[j]))
            {
                i = j;
                break;
            }

            pendingBreak = separators > 1 && sawSpace;
            i = j;
        }

        if (count < 3)
        {
            return 0;
        }

        int runEnd = positions[count - 1] + 1;

        // Build the words and check each against the vocabulary (whole, or segmented into known words).
        int targetStart = target.Length;
        int wordStart = 0;
        for (int k = 1; k <= count; k++)
        {
            if (k == count || breakBefore[k])
            {
                int len = k - wordStart;
                for (int m = 0; m < len; m++)
                {
                    buffer[m] = s[positions[wordStart + m]];
                }

                if (targetStart != target.Length)
                {
                    target.Append(' ', map[positions[wordStart]]);
                }

                if (!EmitKnownWords(buffer[..len], positions[wordStart..k], map, target))
                {
                    target.Truncate(targetStart);
                    return 0;
                }

                wordStart = k;
            }
        }

        return runEnd - start;
    }

    private bool EmitKnownWords(ReadOnlySpan<char> letters, ReadOnlySpan<int> positions, ReadOnlySpan<int> map, NormalizedText target)
    {
        if (_lookup.Contains(letters))
        {
            for (int m = 0; m < letters.Length; m++)
            {
                target.Append(letters[m], map[positions[m]]);
            }

            return true;
        }

        // Segment into known words (longest first), e.g. "buynow" -> "buy now".
        Span<int> cut = stackalloc int[letters.Length + 1];
        cut.Fill(-1);
        cut[0] = 0;
        for (int end = 1; end <= letters.Length; end++)
        {
            for (int begin = 0; begin <= end - 2; begin++)
            {
                if (cut[begin] >= 0 && _lookup.Contains(letters[begin..end]))
                {
                    cut[end] = begin;
                    break;
                }
            }
        }

        if (cut[letters.Length] < 0)
        {
            return false;
        }

        Span<int> starts = stackalloc int[letters.Length];
        int n = 0;
        for (int at = letters.Length; at > 0; at = cut[at])
        {
            starts[n++] = cut[at];
        }

        for (int w = n - 1; w >= 0; w--)
        {
            int b = starts[w];
            int e = w == 0 ? letters.Length : starts[w - 1];
            if (w != n - 1)
            {
                target.Append(' ', map[positions[b]]);
            }

            for (int m = b; m < e; m++)
            {
                target.Append(letters[m], map[positions[m]]);
            }
        }

        return true;
    }
}
