using System.Text.RegularExpressions;
using PostLint.Rules;
using PostLint.Text;

namespace PostLint.Scoring;

/// <summary>
/// Every rule of a linter compiled once: all phrases in one multi-pattern search, patterns on the linear-time regex
/// engine, conditions as small postfix programs over one slot vector (features, then rule counts, then tag counts).
/// </summary>
/// <remarks>Immutable and thread-safe. Per-check state lives in a <see cref="CheckScratch"/> the caller owns.</remarks>
internal sealed class RuleEngine
{
    private readonly RuleDefinition[] _rules;
    private readonly int[][] _ruleTagSlots;
    private readonly uint[] _platformMasks;
    private readonly string[][] _languages;
    private readonly MessageTemplate[] _messages;
    private readonly MessageTemplate?[] _suggestions;
    private readonly StringMatcher _matcher;
    private readonly SearchEntry[] _entries;
    private readonly int[][] _setsOfLiteral;
    private readonly int _setCount;
    private readonly int _digitLiteral;
    private readonly (int Rule, Lazy<Regex> Regex, int[] LiteralSets)[] _patterns;
    private readonly (int Rule, Condition Condition)[] _metrics;
    private readonly (int Rule, Condition Condition)[] _composites;
    private readonly int[] _classifierRules;

    private sealed record PhraseEntry(string Text, int[] Rules, bool BoundedStart, bool BoundedEnd);

    /// <summary>One string of the search: a phrase (with the rules it belongs to), a pattern literal, or both.</summary>
    /// <param name="Phrase">The phrase, or null for a literal only.</param>
    /// <param name="Literal">The literal's id, or -1 for a phrase only.</param>
    private readonly record struct SearchEntry(PhraseEntry? Phrase, int Literal);

    /// <summary>Compiles rules into an engine.</summary>
    /// <param name="rules">The rules, in linter order.</param>
    /// <param name="prefilterPatterns">
    /// True to skip a pattern whose required literals (<see cref="PatternLiterals"/>) are absent from a post; false
    /// to run every pattern on every post (the reference behaviour the tests compare against).
    /// </param>
    public RuleEngine(IReadOnlyList<RuleDefinition> rules, bool prefilterPatterns = true)
    {
        _rules = [.. rules];
        int count = _rules.Length;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            ruleIndex[_rules[i].Id] = i;
            foreach (string tag in _rules[i].Tags)
            {
                tagIndex.TryAdd(tag, tagIndex.Count);
            }
        }

        RuleIndex = ruleIndex;
        TagIndex = tagIndex;
        SlotCount = FeatureCatalog.Count + count + tagIndex.Count;
        _ruleTagSlots = new int[count][];
        _platformMasks = new uint[count];
        _languages = new string[count][];
        _messages = new MessageTemplate[count];
        _suggestions = new MessageTemplate?[count];
        var phraseRules = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var patterns = new List<(int, Lazy<Regex>, int[])>();
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var setsOfLiteral = new List<List<int>>();
        int setCount = 0;
        var metrics = new List<(int, Condition)>();
        var composites = new List<(int, Condition)>();
        var classifiers = new List<int>();
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            RuleDefinition rule = _rules[i];
            _ruleTagSlots[i] = rule.Tags.Select(t => FeatureCatalog.Count + count + tagIndex[t]).ToArray();
            uint mask = 0;
            foreach (Platform p in rule.Platforms)
            {
                mask |= 1u << (int)p;
            }

            _platformMasks[i] = mask;
            _languages[i] = [.. rule.Languages];
            _messages[i] = MessageTemplate.Parse(rule.Message);
            _suggestions[i] = rule.Suggestion is null ? null : MessageTemplate.Parse(rule.Suggestion);
            switch (rule.Kind)
            {
                case RuleKind.Phrases:
                    foreach (string folded in rule.FoldedPhrases)
                    {
                        if (!phraseRules.TryGetValue(folded, out List<int>? list))
                        {
                            phraseRules[folded] = list = [];
                        }

                        if (!list.Contains(i))
                        {
                            list.Add(i);
                        }

                        foreach (string word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            vocabulary.Add(word.Trim('.', ',', '!', '?', ':', ';', '"', '\''));
                        }
                    }

                    break;
                case RuleKind.Pattern:
                    Lazy<Regex> regex = rule.CompiledPattern ?? new Lazy<Regex>(RuleFileReader.CompilePattern(rule.Pattern!, rule.Source, rule.PatternLine, rule.PatternColumn, rule.Id));
                    var sets = new List<int>();
                    if (prefilterPatterns)
                    {
                        // Each literal set gets an id; each literal knows the sets it satisfies.
                        foreach (string[] set in rule.PatternLiteralSets)
                        {
                            int setId = setCount++;
                            foreach (string literal in set)
                            {
                                if (!literalIds.TryGetValue(literal, out int id))
                                {
                                    id = literalIds.Count;
                                    literalIds.Add(literal, id);
                                    setsOfLiteral.Add([]);
                                }

                                setsOfLiteral[id].Add(setId);
                            }

                            sets.Add(setId);
                        }
                    }

                    patterns.Add((i, regex, [.. sets]));
                    AddLiteralWords(rule.Pattern!, vocabulary);
                    break;
                case RuleKind.Metric:
                    metrics.Add((i, Bind(rule, ruleIndex, tagIndex, count)));
                    break;
                case RuleKind.Composite:
                    composites.Add((i, Bind(rule, ruleIndex, tagIndex, count)));
                    break;
                case RuleKind.Classifier:
                    classifiers.Add(i);
                    break;
            }
        }

        foreach (string word in DefaultVocabulary)
        {
            vocabulary.Add(word);
        }

        Normalizer = new TextNormalizer(vocabulary);

        // One automaton finds every phrase and every pattern literal in one pass.
        var strings = new List<string>();
        var entries = new List<SearchEntry>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string phrase, List<int> ruleList) in phraseRules)
        {
            stringIndex[phrase] = strings.Count;
            strings.Add(phrase);
            entries.Add(new SearchEntry(new PhraseEntry(phrase, [.. ruleList], char.IsLetterOrDigit(phrase[0]), char.IsLetterOrDigit(phrase[^1])), -1));
        }

        _digitLiteral = -1;
        foreach ((string literal, int id) in literalIds)
        {
            if (literal == PatternLiterals.Digit)
            {
                _digitLiteral = id;   // found by a scan for digits, not by the search
                continue;
            }

            if (stringIndex.TryGetValue(literal, out int existing))
            {
                entries[existing] = entries[existing] with { Literal = id };
                continue;
            }

            stringIndex[literal] = strings.Count;
            strings.Add(literal);
            entries.Add(new SearchEntry(null, id));
        }

        _entries = [.. entries];
        _setsOfLiteral = [.. setsOfLiteral.Select(l => l.ToArray())];
        _setCount = setCount;
        _matcher = new StringMatcher(strings);
        _patterns = [.. patterns];
        _metrics = [.. metrics];
        _composites = OrderComposites(composites, count, tagIndex);
        _classifierRules = [.. classifiers];
    }

    /// <summary>
    /// Adds the literal words of a pattern (runs of three or more letters not introduced by a backslash escape, such
    /// as <c>left</c> in <c>only \d+ (left|remaining)</c>) so that "l3ft" folds into a word the pattern can see.
    /// </summary>
    private static void AddLiteralWords(string pattern, HashSet<string> vocabulary)
    {
        int i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (!char.IsAsciiLetterLower(pattern[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < pattern.Length && char.IsAsciiLetterLower(pattern[i]))
            {
                i++;
            }

            if (i - start >= 3)
            {
                vocabulary.Add(pattern[start..i]);
            }
        }
    }

    /// <summary>Words that de-obfuscation may always produce, besides the words of every phrase.</summary>
    private static readonly string[] DefaultVocabulary =
    [
        "buy", "now", "sale", "free", "discount", "order", "shop", "offer", "deal", "code", "link", "bio", "click",
        "follow", "win", "giveaway", "off", "save", "cheap", "limited", "today", "only", "promo", "dm", "me",
    ];

    public IReadOnlyList<RuleDefinition> Rules => _rules;

    public IReadOnlyDictionary<string, int> RuleIndex { get; }

    public IReadOnlyDictionary<string, int> TagIndex { get; }

    public int SlotCount { get; }

    public TextNormalizer Normalizer { get; }

    public bool HasClassifierRules => _classifierRules.Length > 0;

    /// <summary>Gets whether a classifier rule can report the words that pushed a post towards promotional (weight ≥ 0).</summary>
    public bool ExplainsClassifier
    {
        get
        {
            foreach (int rule in _classifierRules)
            {
                if (_rules[rule].Weight >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public MessageTemplate Message(int rule) => _messages[rule];

    public MessageTemplate? Suggestion(int rule) => _suggestions[rule];

    private static Condition Bind(RuleDefinition rule, Dictionary<string, int> rules, Dictionary<string, int> tags, int ruleCount)
    {
        Condition? bound = rule.CompiledWhen!.Bind(
            name => FeatureCatalog.TryGetIndex(name, out int f) ? f
                : rules.TryGetValue(name, out int r) ? FeatureCatalog.Count + r
                : tags.TryGetValue(name, out int t) ? FeatureCatalog.Count + ruleCount + t
                : -1,
            out (string Name, int Position) unknown);
        return bound ?? throw new RuleSetException(
            "PL009",
            $"condition names '{unknown.Name}', which is not a feature, a rule id or a tag",
            rule.Source,
            rule.WhenLine,
            rule.WhenColumn + unknown.Position,
            rule.Id);
    }

    /// <summary>Orders composites so each runs after every composite it reads (directly or through a tag).</summary>
    private (int Rule, Condition Condition)[] OrderComposites(List<(int Rule, Condition Condition)> composites, int ruleCount, Dictionary<string, int> tags)
    {
        var byRule = composites.ToDictionary(c => c.Rule);
        var state = new Dictionary<int, int>();   // 1 = visiting, 2 = done
        var order = new List<(int, Condition)>();
        var path = new List<int>();

        void Visit(int rule)
        {
            if (state.TryGetValue(rule, out int s))
            {
                if (s == 1)
                {
                    int from = path.IndexOf(rule);
                    string chain = string.Join(" -> ", path.Skip(from).Append(rule).Select(r => _rules[r].Id));
                    RuleDefinition def = _rules[rule];
                    throw new RuleSetException("PL012", $"composite rules refer to each other in a cycle: {chain}", def.Source, def.WhenLine, def.WhenColumn, def.Id);
                }

                return;
            }

            state[rule] = 1;
            path.Add(rule);
            foreach ((string name, _) in _rules[rule].CompiledWhen!.Names)
            {
                if (FeatureCatalog.TryGetIndex(name, out _))
                {
                    continue;
                }

                if (RuleIndex.TryGetValue(name, out int dependency))
                {
                    if (byRule.ContainsKey(dependency))
                    {
                        Visit(dependency);
                    }
                }
                else if (tags.ContainsKey(name))
                {
                    for (int r = 0; r < ruleCount; r++)
                    {
                        if (byRule.ContainsKey(r) && _rules[r].Tags.Contains(name))
                        {
                            Visit(r);
                        }
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[rule] = 2;
            order.Add(byRule[rule]);
        }

        foreach ((int rule, _) in composites)
        {
            Visit(rule);
        }

        return [.. order];
    }

    /// <summary>Runs every active rule over one normalized post, recording matches and filling rule/tag slots.</summary>
    /// <param name="scratch">The check's buffers; <c>Slots</c> already holds the features.</param>
    /// <param name="active">Per rule: the profile's factor, or 0 when the rule is off for this post.</param>
    /// <param name="classifierProbability">The classifier's probability, when one ran.</param>
    public void Run(CheckScratch scratch, ReadOnlySpan<double> active, double? classifierProbability)
    {
        Span<double> slots = scratch.Slots;
        List<RuleMatch> matches = scratch.Matches;
        ReadOnlySpan<char> text = scratch.Text.Span;
        int ruleBase = FeatureCatalog.Count;

        Span<int> setSeen = scratch.LiteralSetStamps(_setCount, out int stamp);
        if (_digitLiteral >= 0 && HasDigit(text))
        {
            foreach (int set in _setsOfLiteral[_digitLiteral])
            {
                setSeen[set] = stamp;
            }
        }

        int count = _matcher.FindAll(text, ref scratch.Found);
        if (count > 0)
        {
            Span<int> lastEnd = scratch.LastMatchEnd(_rules.Length);
            Span<(int Start, int Id)> found = scratch.Found.AsSpan(0, count);
            SortByStartLongestFirst(found);
            foreach ((int at, int id) in found)
            {
                SearchEntry entry = _entries[id];
                if (entry.Literal >= 0)
                {
                    foreach (int set in _setsOfLiteral[entry.Literal])
                    {
                        setSeen[set] = stamp;
                    }
                }

                if (entry.Phrase is not { } phrase)
                {
                    continue;
                }

                int end = at + phrase.Text.Length;
                if ((phrase.BoundedStart && at > 0 && char.IsLetterOrDigit(text[at - 1])) || (phrase.BoundedEnd && end < text.Length && char.IsLetterOrDigit(text[end])))
                {
                    continue;
                }

                foreach (int rule in phrase.Rules)
                {
                    if (active[rule] != 0 && at >= lastEnd[rule])
                    {
                        lastEnd[rule] = end;
                        matches.Add(new RuleMatch(rule, at, phrase.Text.Length));
                        slots[ruleBase + rule]++;
                    }
                }
            }
        }

        foreach ((int rule, Lazy<Regex> regex, int[] literalSets) in _patterns)
        {
            if (active[rule] == 0 || !AllPresent(literalSets, setSeen, stamp))
            {
                continue;
            }

            foreach (ValueMatch m in regex.Value.EnumerateMatches(text))
            {
                if (m.Length > 0)
                {
                    matches.Add(new RuleMatch(rule, m.Index, m.Length));
                    slots[ruleBase + rule]++;
                }
            }
        }

        // Tags of the text rules.
        for (int rule = 0; rule < _rules.Length; rule++)
        {
            double n = slots[ruleBase + rule];
            if (n != 0)
            {
                foreach (int tagSlot in _ruleTagSlots[rule])
                {
                    slots[tagSlot] += n;
                }
            }
        }

        // A classifier rule with a positive weight fires when the post leans promotional (p >= 0.5), one with a
        // negative weight when it leans conversational; the contribution is |weight| x (2p - 1) either way.
        foreach (int rule in _classifierRules)
        {
            if (active[rule] != 0 && classifierProbability is { } p && (_rules[rule].Weight >= 0) == (p >= 0.5))
            {
                matches.Add(new RuleMatch(rule, 0, 0));
                Fire(slots, rule);
            }
        }

        foreach ((int rule, Condition condition) in _metrics)
        {
            if (active[rule] != 0 && condition.Evaluate(slots) != 0)
            {
                matches.Add(new RuleMatch(rule, 0, 0));
                Fire(slots, rule);
            }
        }

        foreach ((int rule, Condition condition) in _composites)
        {
            if (active[rule] != 0 && condition.Evaluate(slots) != 0)
            {
                matches.Add(new RuleMatch(rule, 0, 0));
                Fire(slots, rule);
            }
        }
    }

    /// <summary>Gets whether a text has a decimal digit, as the regex class <c>\d</c> reads one.</summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(CharRanges.AsciiDigits) >= 0)
        {
            return true;
        }

        int nonAscii = text.IndexOfAnyExcept(CharRanges.Ascii);
        if (nonAscii < 0)
        {
            return false;
        }

        foreach (char c in text[nonAscii..])
        {
            if (c >= 0x80 && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Orders occurrences (found by end position) by start, longest first at the same start, the order a reader takes
    /// them in ("buy now" before "buy"). Occurrences arrive nearly in that order, so an insertion sort is linear here.
    /// </summary>
    private void SortByStartLongestFirst(Span<(int Start, int Id)> found)
    {
        for (int i = 1; i < found.Length; i++)
        {
            (int Start, int Id) item = found[i];
            int length = _matcher.LengthOf(item.Id);
            int j = i - 1;
            while (j >= 0 && (found[j].Start > item.Start || (found[j].Start == item.Start && _matcher.LengthOf(found[j].Id) < length)))
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = item;
        }
    }

    /// <summary>Gets whether each literal set of a pattern had a member in this check.</summary>
    private static bool AllPresent(int[] literalSets, ReadOnlySpan<int> seen, int stamp)
    {
        foreach (int set in literalSets)
        {
            if (seen[set] != stamp)
            {
                return false;
            }
        }

        return true;
    }

    private void Fire(Span<double> slots, int rule)
    {
        slots[FeatureCatalog.Count + rule] = 1;
        foreach (int tagSlot in _ruleTagSlots[rule])
        {
            slots[tagSlot]++;
        }
    }

    /// <summary>Gets whether a rule runs for a post on <paramref name="platform"/> in <paramref name="language"/>.</summary>
    public bool Applies(int rule, Platform platform, string? language)
    {
        uint mask = _platformMasks[rule];
        if (mask != 0 && (mask & (1u << (int)platform)) == 0)
        {
            return false;
        }

        string[] languages = _languages[rule];
        return language is null || languages.Length == 0 || Array.IndexOf(languages, language) >= 0;
    }
}
