using System.Buffers;
using System.Text.RegularExpressions;

namespace PostLint.Text;

/// <summary>Computes a post's features once, for every rule and the classifier to read.</summary>
/// <remarks>Stateless and thread-safe; writes into buffers the caller owns.</remarks>
internal static partial class FeatureExtractor
{
    private static readonly HashSet<string> s_firstPerson = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll",
        "yo", "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
        "je", "j'ai", "moi", "mon", "mes", "nous", "notre", "nos",
        "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere", "unseren", "unserem",
        "eu", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas",
    };

    private static readonly HashSet<string> s_secondPerson = new(StringComparer.Ordinal)
    {
        "you", "your", "yours", "yourself", "yourselves", "y'all", "you're", "you've", "you'll", "you'd", "ya",
        "tu", "tus", "ti", "usted", "ustedes", "vosotros", "vuestro", "vuestra", "te",
        "toi", "ton", "tes", "vous", "votre", "vos",
        "dich", "dir", "dein", "deine", "deinen", "deinem", "euch", "euer", "eure",
        "voce", "voces", "teu", "tua", "teus", "tuas", "vos",
    };

    // "du" is German "you" but French "of the": it counts as second person only in posts with more German than
    // French function words. "ma" (French "my", Portuguese "bad") and "ta" (French "your", Portuguese "is") are left out.
    private static readonly HashSet<string> s_german = new(StringComparer.Ordinal) { "der", "die", "das", "und", "ist", "nicht", "ich", "mit", "fur", "auf", "ein", "eine", "wir" };
    private static readonly HashSet<string> s_french = new(StringComparer.Ordinal) { "le", "la", "les", "et", "est", "des", "une", "pour", "dans", "pas", "avec", "sur", "je" };

    /// <summary>Every word of the sets above with what it is, so that a word costs one lookup.</summary>
    private static readonly Dictionary<string, WordKind> s_words = BuildWords();
    private static readonly Dictionary<string, WordKind>.AlternateLookup<ReadOnlySpan<char>> s_wordLookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int s_longestWord = LongestWord();

    /// <summary>
    /// Whether some listed word has a given first letter, last letter and length: most words of a post have none, and
    /// skip the dictionary lookup.
    /// </summary>
    private static readonly bool[] s_wordShapes = BuildShapes();

    private static int ShapeIndex(char first, char last, int length) =>
        ((((first is >= 'a' and <= 'z' ? first - 'a' : 26) * 27) + (last is >= 'a' and <= 'z' ? last - 'a' : 26)) * (s_longestWord + 1)) + length;

    private static bool[] BuildShapes()
    {
        var shapes = new bool[27 * 27 * (s_longestWord + 1)];
        foreach (string word in s_words.Keys)
        {
            shapes[ShapeIndex(word[0], word[^1], word.Length)] = true;
        }

        return shapes;
    }

    [Flags]
    private enum WordKind : byte
    {
        None = 0,
        German = 1,
        French = 2,
        First = 4,
        Second = 8,
    }

    private static Dictionary<string, WordKind> BuildWords()
    {
        var words = new Dictionary<string, WordKind>(StringComparer.Ordinal);
        void Add(HashSet<string> set, WordKind kind)
        {
            foreach (string word in set)
            {
                words[word] = words.GetValueOrDefault(word) | kind;
            }
        }

        Add(s_german, WordKind.German);
        Add(s_french, WordKind.French);
        Add(s_firstPerson, WordKind.First);
        Add(s_secondPerson, WordKind.Second);
        return words;
    }

    private static int LongestWord()
    {
        int longest = 2;   // "du"
        foreach (string word in s_words.Keys)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static readonly HashSet<string> s_shorteners = new(StringComparer.Ordinal)
    {
        "bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "buff.ly", "lnkd.in", "rebrand.ly", "is.gd", "cutt.ly",
        "linktr.ee", "beacons.ai", "tiny.cc", "shorturl.at", "bit.do", "amzn.to", "geni.us", "stan.store",
        "linkin.bio", "lnk.bio", "t.ly", "rb.gy", "s.id", "snip.ly", "dub.sh", "bio.link", "campsite.bio", "hoo.be",
    };

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""'()\[\]{}]+|\b(?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|io|co|ly|me|app|shop|store|dev|ai|gg|tv|link|page|site|xyz|biz|info|us|uk|de|fr|es|pt|br|it|nl|ca|au|social|blog|news|club|ee|to|at|ch|mx|ar|online|live|bio|sh|id)\b(?:/[^\s<>""'()\[\]{}]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    /// <summary>Gets the link pattern (for tests that compare token-by-token matching with a whole-text match).</summary>
    internal static Regex LinkPattern => UrlRegex();

    [GeneratedRegex(@"(?:(?:r|us|ca|a)?\$|[€£¥₹])\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|£|\$|eur|euros?|usd|dollars?|bucks|gbp|reais|brl)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceRegex();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentRegex();

    private const byte AsciiLetter = 1;
    private const byte AsciiUpper = 2;
    private const byte AsciiDigit = 4;

    /// <summary>Letter, upper-case and digit flags of the ASCII characters: the common case without a Unicode lookup.</summary>
    private static readonly byte[] s_ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (char c = 'a'; c <= 'z'; c++)
        {
            table[c] = AsciiLetter;
            table[c - 32] = AsciiLetter | AsciiUpper;
        }

        for (char c = '0'; c <= '9'; c++)
        {
            table[c] = AsciiDigit;
        }

        return table;
    }

    /// <summary>Computes every feature of <paramref name="text"/> into <paramref name="values"/>.</summary>
    public static void Extract(NormalizedText text, IReadOnlyList<string> ownDomains, Span<double> values, List<PostLink> links) =>
        Extract(text, ownDomains, [], values, links);

    /// <summary>Computes every feature of <paramref name="text"/> into <paramref name="values"/>.</summary>
    /// <param name="text">The normalized post.</param>
    /// <param name="ownDomains">The linter's own domains and handles.</param>
    /// <param name="postOwnDomains">The post's own domains and handles (both lists count; neither is copied).</param>
    /// <param name="values">Receives the features.</param>
    /// <param name="links">Receives the links.</param>
    public static void Extract(NormalizedText text, IReadOnlyList<string> ownDomains, IReadOnlyList<string> postOwnDomains, Span<double> values, List<PostLink> links)
    {
        values.Clear();
        links.Clear();
        string original = text.Original;
        values[FeatureCatalog.Chars] = original.Length;
        values[FeatureCatalog.Obfuscated] = text.ObfuscatedWords;

        bool hasDigit = CountOriginal(original, values);
        CountWords(text.Span, values);
        ExtractLinks(original, ownDomains, postOwnDomains, values, links);

        // Every price and percentage has a digit (\d: any decimal digit, as char.IsDigit reads it).
        if (!hasDigit)
        {
            return;
        }

        int prices = 0;
        foreach (ValueMatch _ in PriceRegex().EnumerateMatches(original))
        {
            prices++;
        }

        values[FeatureCatalog.Prices] = prices;

        int percentages = 0;
        if (original.Contains('%'))
        {
            foreach (ValueMatch _ in PercentRegex().EnumerateMatches(original))
            {
                percentages++;
            }
        }

        values[FeatureCatalog.Percentages] = percentages;
    }

    private static readonly SearchValues<char> s_tokenBreaks = SearchValues.Create(" \n\r\t");

    /// <summary>
    /// Gets whether the link pattern can match inside a token: each match has "://", or "www." (its own dot), or a
    /// dot before a top-level domain, whose first letter is an ASCII letter or, case-insensitively, KELVIN SIGN.
    /// </summary>
    private static bool MayHoldLink(ReadOnlySpan<char> token)
    {
        int dot = token.IndexOf('.');
        while (dot >= 0)
        {
            if (dot + 1 < token.Length && (char.IsAsciiLetter(token[dot + 1]) || token[dot + 1] == '\u212A'))
            {
                return true;
            }

            if (dot >= 3 && token.Slice(dot - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            int next = token[(dot + 1)..].IndexOf('.');
            dot = next < 0 ? -1 : dot + 1 + next;
        }

        return token.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>Counts the features read from the original text; returns whether it has a decimal digit.</summary>
    private static bool CountOriginal(string s, Span<double> values)
    {
        int letters = 0, upper = 0, capsWords = 0, hashtags = 0, mentions = 0, emoji = 0;
        int exclamations = 0, runs = 0, questions = 0, lines = 0, sentences = 0, codes = 0;
        bool lineHasText = false, sentenceHasLetter = false, hasDigit = false;
        ReadOnlySpan<byte> ascii = s_ascii;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 128 ? ascii[c] != 0 : char.IsLetter(c) || char.IsDigit(c))
            {
                // A whole token: letters/digits.
                int start = i;
                int tokenLetters = 0, tokenUpper = 0, tokenDigits = 0;
                while (i < s.Length)
                {
                    char t = s[i];
                    if (t < 128)
                    {
                        byte f = ascii[t];
                        if (f == 0 && t != '\'')
                        {
                            break;
                        }

                        tokenLetters += f & AsciiLetter;
                        tokenUpper += (f & AsciiUpper) >> 1;
                        tokenDigits += (f & AsciiDigit) >> 2;
                    }
                    else if (char.IsLetter(t))
                    {
                        tokenLetters++;
                        if (char.IsUpper(t))
                        {
                            tokenUpper++;
                        }
                    }
                    else if (char.IsDigit(t))
                    {
                        tokenDigits++;
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                letters += tokenLetters;
                upper += tokenUpper;
                hasDigit |= tokenDigits > 0;
                lineHasText = true;
                sentenceHasLetter |= tokenLetters > 0;
                char before = start > 0 ? s[start - 1] : ' ';
                if (before is '#' or '@')
                {
                    continue;
                }

                if (tokenLetters >= 2 && tokenUpper == tokenLetters && tokenDigits == 0)
                {
                    capsWords++;
                }

                int length = i - start;
                if (tokenDigits >= 1 && tokenLetters >= 3 && tokenUpper == tokenLetters && length is >= 5 and <= 15)
                {
                    codes++;
                }

                continue;
            }

            switch (c)
            {
                case '#' when i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])):
                    hashtags++;
                    break;
                case '@' when i + 1 < s.Length && (char.IsLetterOrDigit(s[i + 1]) || s[i + 1] == '_') && (i == 0 || !char.IsLetterOrDigit(s[i - 1])):
                    mentions++;
                    break;
                case '!' or '\uFF01' or '\u2757' or '\u2755':
                    exclamations++;
                    if (i + 1 < s.Length && s[i + 1] is '!' or '\uFF01' or '\u2757' or '\u2755' && (i == 0 || s[i - 1] is not ('!' or '\uFF01' or '\u2757' or '\u2755')))
                    {
                        runs++;
                    }

                    break;
                case '\u203C':
                    exclamations += 2;
                    runs++;
                    break;
                case '?' or '\uFF1F':
                    questions++;
                    break;
                case '\n':
                    if (lineHasText)
                    {
                        lines++;
                    }

                    lineHasText = false;
                    break;
            }

            if (c is '.' or '!' or '?' or '\n' or '\u3002' or '\u203C')
            {
                if (sentenceHasLetter)
                {
                    sentences++;
                }

                sentenceHasLetter = false;
            }

            if (c < 128)
            {
                // No ASCII character is an emoji or a surrogate.
                if (!char.IsWhiteSpace(c))
                {
                    lineHasText = true;
                }

                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsEmoji(cp))
                {
                    emoji++;
                }

                lineHasText = true;
                i += 2;
                continue;
            }

            if (IsEmoji(c))
            {
                emoji++;
            }

            if (!char.IsWhiteSpace(c))
            {
                lineHasText = true;
            }

            i++;
        }

        if (lineHasText)
        {
            lines++;
        }

        if (sentenceHasLetter)
        {
            sentences++;
        }

        values[FeatureCatalog.Lines] = lines;
        values[FeatureCatalog.Sentences] = sentences;
        values[FeatureCatalog.Hashtags] = hashtags;
        values[FeatureCatalog.Mentions] = mentions;
        values[FeatureCatalog.Emoji] = emoji;
        values[FeatureCatalog.CapsWords] = capsWords;
        values[FeatureCatalog.CapsRatio] = letters >= 10 ? (double)upper / letters : 0;
        values[FeatureCatalog.Exclamations] = exclamations;
        values[FeatureCatalog.ExclamationRuns] = runs;
        values[FeatureCatalog.Questions] = questions;
        values[FeatureCatalog.Codes] = codes;
        return hasDigit;
    }

    /// <summary>Gets whether a code point is a pictographic emoji (not a modifier, joiner or selector).</summary>
    internal static bool IsEmoji(int cp) =>
        cp is (>= 0x1F300 and <= 0x1F3FA) or (>= 0x1F400 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF)
            or (>= 0x1F000 and <= 0x1F2FF) or 0x2B50 or 0x2B55 or 0x2B06 or 0x2B07 or 0x2B05 or 0x2934 or 0x2935 or 0x3030 or 0x303D;

    private static void CountWords(ReadOnlySpan<char> s, Span<double> values)
    {
        int words = 0, first = 0, second = 0, du = 0, german = 0, french = 0;
        Span<char> plain = stackalloc char[16];
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || (s[i] is '\'' or '\u2019' && i + 1 < s.Length && char.IsLetter(s[i + 1]))))
            {
                i++;
            }

            if (start > 0 && s[start - 1] is '#' or '@')
            {
                continue;
            }

            words++;
            ReadOnlySpan<char> word = s[start..i];
            if (word.Length > s_longestWord)
            {
                continue;   // longer than every function word: nothing to count
            }

            if (word is "du")
            {
                du++;
            }

            if (!s_wordShapes[ShapeIndex(word[0], word[^1], word.Length)])
            {
                continue;   // no listed word looks like this one
            }

            WordKind kind = s_wordLookup.TryGetValue(word, out WordKind k) ? k : WordKind.None;
            if (word is not "du")
            {
                if ((kind & WordKind.German) != 0)
                {
                    german++;
                }
                else if ((kind & WordKind.French) != 0)
                {
                    french++;
                }
            }

            if ((kind & WordKind.First) != 0)
            {
                first++;
            }
            else if ((kind & WordKind.Second) != 0)
            {
                second++;
            }
            else if (word.IndexOf('\u2019') >= 0 && word.Length <= 16)
            {
                word.CopyTo(plain);
                Span<char> apostrophe = plain[..word.Length];
                apostrophe.Replace('\u2019', '\'');
                WordKind plainKind = s_wordLookup.TryGetValue(apostrophe, out WordKind pk) ? pk : WordKind.None;
                if ((plainKind & WordKind.First) != 0)
                {
                    first++;
                }
                else if ((plainKind & WordKind.Second) != 0)
                {
                    second++;
                }
            }
        }

        values[FeatureCatalog.Words] = words;
        values[FeatureCatalog.FirstPerson] = first;
        values[FeatureCatalog.SecondPerson] = second + (german > french ? du : 0);
    }

    private static void ExtractLinks(string s, IReadOnlyList<string> ownDomains, IReadOnlyList<string> postOwnDomains, Span<double> values, List<PostLink> links)
    {
        int own = 0, other = 0, shortener = 0;

        // A link never holds a space, tab or line break (the pattern excludes \s), and \b sees those as the edges of
        // the text: matching token by token finds exactly the links a match over the whole text finds, and only
        // the few tokens with a dot, "www." or "://" need the (slow, backtracking) pattern at all.
        int tokenStart = 0;
        while (tokenStart < s.Length)
        {
            int length = s.AsSpan(tokenStart).IndexOfAny(s_tokenBreaks);
            int tokenEnd = length < 0 ? s.Length : tokenStart + length;
            ReadOnlySpan<char> token = s.AsSpan(tokenStart, tokenEnd - tokenStart);
            if (token.Length >= 4 && MayHoldLink(token))
            {
                foreach (ValueMatch m in UrlRegex().EnumerateMatches(token))
                {
                    AddLink(s, tokenStart + m.Index, m.Length, ownDomains, postOwnDomains, links, ref own, ref other, ref shortener);
                }
            }

            tokenStart = tokenEnd + 1;
        }

        values[FeatureCatalog.Links] = own + other + shortener;
        values[FeatureCatalog.LinksOwn] = own;
        values[FeatureCatalog.LinksOther] = other;
        values[FeatureCatalog.LinksShortener] = shortener;
    }

    /// <summary>Classifies one link match and records it (an e-mail address is skipped).</summary>
    private static void AddLink(string s, int index, int matchLength, IReadOnlyList<string> ownDomains, IReadOnlyList<string> postOwnDomains, List<PostLink> links, ref int own, ref int other, ref int shortener)
    {
        // An e-mail address is not a link: skip "name@example.com".
        if (index > 0 && s[index - 1] == '@')
        {
            return;
        }

        ReadOnlySpan<char> url = s.AsSpan(index, matchLength).TrimEnd(".,;:!?");
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        ReadOnlySpan<char> rest = schemeEnd >= 0 ? url[(schemeEnd + 3)..] : url;
        int slash = rest.IndexOfAny('/', '?', '#');
        ReadOnlySpan<char> host = slash >= 0 ? rest[..slash] : rest;
        ReadOnlySpan<char> path = slash >= 0 ? rest[slash..] : [];
        int colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        string domain = host.ToString().ToLowerInvariant();
        LinkKind kind = s_shorteners.Contains(domain) ? LinkKind.Shortener
            : IsOwn(domain, path, ownDomains) || IsOwn(domain, path, postOwnDomains) ? LinkKind.Own
            : LinkKind.Other;
        switch (kind)
        {
            case LinkKind.Own: own++; break;
            case LinkKind.Other: other++; break;
            default: shortener++; break;
        }

        links.Add(new PostLink(domain, kind, new TextSpan(index, url.Length)));
    }

    private static bool IsOwn(string domain, ReadOnlySpan<char> path, IReadOnlyList<string> ownDomains)
    {
        for (int i = 0; i < ownDomains.Count; i++)
        {
            string own = ownDomains[i];
            if (own.Length == 0)
            {
                continue;
            }

            if (own[0] == '@')
            {
                // A handle: a profile link such as instagram.com/handle is the author's own.
                ReadOnlySpan<char> handle = own.AsSpan(1);
                ReadOnlySpan<char> p = path.TrimStart('/');
                if (p.StartsWith('@'))
                {
                    p = p[1..];
                }

                int end = p.IndexOfAny('/', '?', '#');
                if (handle.Length > 0 && (end >= 0 ? p[..end] : p).Equals(handle, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                continue;
            }

            ReadOnlySpan<char> ownDomain = own.AsSpan();
            if (ownDomain.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                ownDomain = ownDomain[4..];
            }

            if (domain.AsSpan().Equals(ownDomain, StringComparison.OrdinalIgnoreCase)
                || (domain.Length > ownDomain.Length && domain.AsSpan().EndsWith(ownDomain, StringComparison.OrdinalIgnoreCase) && domain[domain.Length - ownDomain.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
