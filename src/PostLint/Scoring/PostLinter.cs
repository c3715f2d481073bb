using PostLint.Classification;
using PostLint.Rules;
using PostLint.Text;

namespace PostLint.Scoring;

/// <summary>
/// Scores posts for self-promotion. Built once (by <see cref="PostLinterBuilder"/> or <see cref="CreateDefault"/>),
/// then used for any number of posts from any number of threads.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Check(Post)"/> never throws for any text: empty, huge, malformed Unicode or
/// hostile input all get a report. A post with no findings costs one allocation (its report).
/// </remarks>
public sealed class PostLinter
{
    private static readonly Profile s_fallbackProfile = new("default", "builtin", 1, 1);

    private readonly RuleEngine _engine;
    private readonly CompiledProfile[] _profiles;
    private readonly CompiledProfile _defaultProfile;
    private readonly CompiledProfile? _fixedProfile;
    private readonly Dictionary<Platform, CompiledProfile> _byPlatform;
    private readonly string[] _ownDomains;
    private readonly IPromoClassifier? _classifier;
    private readonly LinearTextClassifier? _linear;
    private readonly bool _explainsClassifier;

    /// <summary>How many words a classifier finding names.</summary>
    private const int MaxTerms = 5;

    /// <summary>A profile's factor per rule, and the resulting active factors per platform for posts without a language.</summary>
    private sealed record CompiledProfile(Profile Profile, double[] Factors, double[][] ActiveByPlatform);

    internal PostLinter(RuleEngine engine, IReadOnlyList<Profile> profiles, string? fixedProfile, IReadOnlyList<string> ownDomains, IPromoClassifier? classifier)
    {
        _engine = engine;
        _classifier = classifier;
        _linear = classifier as LinearTextClassifier;
        _explainsClassifier = _linear is not null && engine.ExplainsClassifier;
        _ownDomains = [.. ownDomains];
        var compiled = new List<CompiledProfile>();
        foreach (Profile profile in profiles)
        {
            compiled.Add(Compile(profile));
        }

        if (!compiled.Exists(p => p.Profile.Id == "default"))
        {
            compiled.Insert(0, Compile(s_fallbackProfile));
        }

        _profiles = [.. compiled];
        _defaultProfile = compiled.Find(p => p.Profile.Id == "default")!;
        _byPlatform = [];
        foreach (CompiledProfile profile in compiled)
        {
            foreach (Platform platform in profile.Profile.Platforms)
            {
                _byPlatform.TryAdd(platform, profile);
            }
        }

        if (fixedProfile is not null)
        {
            _fixedProfile = compiled.Find(p => p.Profile.Id == fixedProfile)
                ?? throw new ArgumentException($"Unknown profile '{fixedProfile}' (known: {string.Join(", ", compiled.Select(p => p.Profile.Id))}).", nameof(fixedProfile));
        }
    }

    /// <summary>Creates a linter with the shipped rules and profiles.</summary>
    /// <returns>A new linter; the rule set it reads is parsed once per process.</returns>
    public static PostLinter CreateDefault() => new PostLinterBuilder().AddRules(RuleSet.LoadDefault()).Build();

    /// <summary>Gets the classifier <c>kind: classifier</c> rules read, or null when there is none.</summary>
    public IPromoClassifier? Classifier => _classifier;

    /// <summary>Gets every rule the linter runs.</summary>
    public IReadOnlyList<RuleDefinition> Rules => _engine.Rules;

    /// <summary>Gets every profile the linter knows, <c>default</c> included.</summary>
    public IReadOnlyList<Profile> Profiles => _profiles.Select(p => p.Profile).ToArray();

    /// <summary>Gets the profile that scores posts for <paramref name="platform"/>.</summary>
    /// <param name="platform">The post's platform.</param>
    /// <returns>The fixed profile when the builder chose one, else the platform's, else <c>default</c>.</returns>
    public Profile ProfileFor(Platform platform) => Select(platform).Profile;

    /// <summary>Checks one post.</summary>
    /// <param name="text">The post's text.</param>
    /// <param name="platform">Where it goes.</param>
    /// <returns>The score, verdict and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public LintReport Check(string text, Platform platform = Platform.Unknown)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Check(new Post(text, platform));
    }

    /// <summary>Checks one post.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The score, verdict and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> or its text is null.</exception>
    /// <remarks>Thread-safe; allocates only the report and its findings.</remarks>
    public LintReport Check(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(post.Text, nameof(post));
        CompiledProfile profile = Select(post.Platform);
        CheckScratch scratch = CheckScratch.Rent(_engine.SlotCount);
        _engine.Normalizer.Normalize(post.Text, scratch.Text, scratch.FirstPass, scratch.NormalizerFlags(post.Text.Length));
        FeatureExtractor.Extract(scratch.Text, _ownDomains, post.OwnDomains, scratch.Slots[..FeatureCatalog.Count], scratch.Links);

        ReadOnlySpan<double> active = post.Language is null && (uint)post.Platform < (uint)profile.ActiveByPlatform.Length
            ? profile.ActiveByPlatform[(int)post.Platform]
            : Activate(profile.Factors, post.Platform, post.Language, scratch.Active(_engine.Rules.Count));

        // The built-in model featurizes once: when its finding may name the words behind the score, the featurization
        // is recorded so that the explanation needs no second pass.
        FeaturizerScratch? recorded = null;
        try
        {
            double? probability = null;
            if (_linear is not null)
            {
                if (_explainsClassifier)
                {
                    recorded = FeaturizerScratch.Rent();
                    probability = _linear.Probability(_linear.RecordRawScore(post.Text, recorded));
                }
                else
                {
                    probability = _linear.PromoProbability(post.Text);
                }
            }
            else if (_classifier is not null)
            {
                probability = _classifier.Classify(post.Text, 0).Probability;
            }

            if (probability is { } p)
            {
                scratch.Slots[FeatureCatalog.Classifier] = p;
            }

            _engine.Run(scratch, active, probability);
            List<RuleMatch> matches = scratch.Matches;
            if (matches.Count == 0)
            {
                return new LintReport(post, profile.Profile.Id, 0, profile.Profile.VerdictFor(0), [], probability, CopyLinks(scratch));
            }

            return BuildReport(post, profile.Profile, scratch, active, probability, recorded);
        }
        finally
        {
            if (recorded is not null)
            {
                FeaturizerScratch.Return(recorded);
            }
        }
    }

    /// <summary>
    /// Checks a stream of posts on several cores and yields the reports in input order. The input is read lazily and
    /// only a small window of posts is held at a time, so any number of posts can go through in flat memory.
    /// </summary>
    /// <param name="posts">The posts; enumerated once, on a background thread.</param>
    /// <param name="maxDegreeOfParallelism">How many cores to use; null for all of them.</param>
    /// <param name="cancellationToken">Stops the run; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One report per post, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    public IEnumerable<LintReport> CheckMany(IEnumerable<Post> posts, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        return OrderedParallel.Map(posts, Check, maxDegreeOfParallelism ?? Environment.ProcessorCount, cancellationToken);
    }

    /// <summary>
    /// Checks archive records on several cores, in input order: a record that holds a post gets its report, a broken
    /// record passes through with a null report, so the output has exactly one entry per input record.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="maxDegreeOfParallelism">How many cores to use; null for all of them.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Each record with its report (null for broken records).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public IEnumerable<(Archives.ArchiveRecord Record, LintReport? Report)> CheckRecords(
        IEnumerable<Archives.ArchiveRecord> records, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return OrderedParallel.Map(
            records,
            record => (record, record.Post is { } post ? Check(post) : (LintReport?)null),
            maxDegreeOfParallelism ?? Environment.ProcessorCount,
            cancellationToken);
    }

    /// <summary>Runs rules' <c>fires</c> and <c>passes</c> examples through this linter.</summary>
    /// <param name="rules">The rules whose examples to run; null for every rule of the linter.</param>
    /// <returns>One result per example, in rule order.</returns>
    /// <remarks>Each example is checked with the profile of its platform (<c>default</c> when it names none).</remarks>
    public IReadOnlyList<RuleExampleResult> RunExamples(IEnumerable<RuleDefinition>? rules = null)
    {
        var results = new List<RuleExampleResult>();
        foreach (RuleDefinition rule in rules ?? _engine.Rules)
        {
            foreach (RuleExample example in rule.Examples)
            {
                LintReport report = Check(new Post(example.Text, example.Platform) { OwnDomains = example.OwnDomains });
                bool fired = false;
                foreach (Finding finding in report.Findings)
                {
                    fired |= finding.RuleId == rule.Id;
                }

                results.Add(new RuleExampleResult(rule, example, fired, report));
            }
        }

        return results;
    }

    private LintReport BuildReport(Post post, Profile profile, CheckScratch scratch, ReadOnlySpan<double> active, double? probability, FeaturizerScratch? recorded)
    {
        List<RuleMatch> matches = scratch.Matches;
        ReadOnlySpan<double> features = scratch.Slots[..FeatureCatalog.Count];
        ReadOnlySpan<double> slots = scratch.Slots;
        var findings = new Finding[matches.Count];
        Span<int> seen = scratch.LastMatchEnd(_engine.Rules.Count);   // reused: 0 = first match of the rule not yet reported
        double sum = 0;
        string original = post.Text;
        for (int i = 0; i < matches.Count; i++)
        {
            RuleMatch m = matches[i];
            RuleDefinition rule = _engine.Rules[m.Rule];
            bool first = seen[m.Rule] == 0;
            seen[m.Rule] = 1;
            if (rule.Kind == RuleKind.Classifier)
            {
                findings[i] = ClassifierFinding(rule, m.Rule, original, probability!.Value, active[m.Rule], features, recorded);
                sum += findings[i].Contribution;
                continue;
            }

            double contribution = Math.Round((first ? rule.Weight : rule.RepeatWeight) * active[m.Rule], 4);
            TextSpan span = m.Length == 0 ? default : scratch.Text.ToOriginal(m.Start, m.Length);
            string match = span.IsEmpty ? string.Empty : original.Substring(span.Start, span.Length);
            int count = (int)slots[FeatureCatalog.Count + m.Rule];
            findings[i] = new Finding(
                rule.Id,
                rule.Severity,
                contribution,
                span,
                match,
                _engine.Message(m.Rule).Format(match, count, features),
                _engine.Suggestion(m.Rule)?.Format(match, count, features));
            sum += contribution;
        }

        Array.Sort(findings, static (a, b) =>
        {
            int byStart = a.Span.Start.CompareTo(b.Span.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        sum = Math.Round(sum, 4);
        return new LintReport(post, profile.Id, sum, profile.VerdictFor(Math.Clamp(sum, 0, 100)), findings, probability, CopyLinks(scratch));
    }

    /// <summary>
    /// The classifier's finding: |weight| x (2p - 1) points. A promotional-leaning finding names the words that pushed
    /// the classifier most (<c>{terms}</c>) and points at the strongest of them.
    /// </summary>
    private Finding ClassifierFinding(RuleDefinition rule, int ruleIndex, string text, double probability, double factor, ReadOnlySpan<double> features, FeaturizerScratch? recorded)
    {
        double contribution = Math.Round(Math.Abs(rule.Weight) * ((2 * probability) - 1) * factor, 4);
        IReadOnlyList<TermContribution> terms = [];
        if (rule.Weight >= 0)
        {
            terms = recorded is not null ? _linear!.TopTerms(text, recorded, MaxTerms, out _) : _classifier!.Classify(text, MaxTerms).TopTerms;
        }

        string termList = QuotedList(terms);
        TextSpan span = terms.Count > 0 ? terms[0].Span : default;
        string match = span.IsEmpty ? string.Empty : text.Substring(span.Start, span.Length);
        return new Finding(
            rule.Id,
            rule.Severity,
            contribution,
            span,
            match,
            _engine.Message(ruleIndex).Format(match, 1, features, termList),
            _engine.Suggestion(ruleIndex)?.Format(match, 1, features, termList))
        {
            Terms = terms,
        };
    }

    /// <summary>Joins terms as <c>"a", "b"</c>, in one string allocation.</summary>
    private static string QuotedList(IReadOnlyList<TermContribution> terms)
    {
        if (terms.Count == 0)
        {
            return string.Empty;
        }

        int length = (terms.Count - 1) * 2;
        for (int i = 0; i < terms.Count; i++)
        {
            length += terms[i].Term.Length + 2;
        }

        return string.Create(length, terms, static (buffer, items) =>
        {
            int o = 0;
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    buffer[o++] = ',';
                    buffer[o++] = ' ';
                }

                buffer[o++] = '"';
                items[i].Term.CopyTo(buffer[o..]);
                o += items[i].Term.Length;
                buffer[o++] = '"';
            }
        });
    }

    /// <summary>Per rule: the profile's factor, or 0 when the rule is off for this platform and language.</summary>
    private Span<double> Activate(double[] factors, Platform platform, string? language, Span<double> active)
    {
        for (int rule = 0; rule < active.Length; rule++)
        {
            active[rule] = factors[rule] != 0 && _engine.Applies(rule, platform, language) ? factors[rule] : 0;
        }

        return active;
    }

    private static PostLink[]? CopyLinks(CheckScratch scratch) => scratch.Links.Count == 0 ? null : [.. scratch.Links];

    private CompiledProfile Select(Platform platform) =>
        _fixedProfile ?? (_byPlatform.TryGetValue(platform, out CompiledProfile? p) ? p : _defaultProfile);

    private CompiledProfile Compile(Profile profile)
    {
        var factors = new double[_engine.Rules.Count];
        for (int i = 0; i < factors.Length; i++)
        {
            RuleDefinition rule = _engine.Rules[i];
            double factor = 1;
            foreach (string tag in rule.Tags)
            {
                if (profile.Multipliers.TryGetValue(tag, out double m))
                {
                    factor *= m;
                }
            }

            factors[i] = profile.Disabled.Contains(rule.Id) ? 0 : factor;
        }

        foreach ((string ruleId, int line, int column) in profile.DisabledAt)
        {
            if (!_engine.RuleIndex.ContainsKey(ruleId))
            {
                throw new RuleSetException("PL013", $"profile '{profile.Id}' disables '{ruleId}', which is not a rule", profile.Source, line, column);
            }
        }

        var byPlatform = new double[Enum.GetValues<Platform>().Length][];
        for (int p = 0; p < byPlatform.Length; p++)
        {
            byPlatform[p] = new double[factors.Length];
            Activate(factors, (Platform)p, null, byPlatform[p]);
        }

        return new CompiledProfile(profile, factors, byPlatform);
    }
}
