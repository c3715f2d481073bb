using System.Buffers;

namespace PostLint.Classification;

/// <summary>
/// The built-in promotional-text classifier: hashed word and char n-grams (<c>FeaturizeText</c>'s recipe) scored by
/// a logistic-regression model, <c>p = σ(A · (w·x + b) + B)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: one instance serves any number of threads, with no pool. Create one with
/// <see cref="ClassifierTrainer.Train"/> or <see cref="Load"/>. <see cref="PromoProbability"/> allocates nothing once
/// the calling thread has warmed up; <see cref="Classify"/> allocates only its result and explanation.
/// </para>
/// <para>
/// Explanations (§4.6): each feature contributes <c>w[slot] · x</c>; a word token receives its word n-grams'
/// contributions (a bigram's half to each of its words) and its share of each char n-gram that overlaps it (split by
/// the number of the n-gram's characters inside each token). A hash collision with an n-gram seen in training is
/// attributed to the n-gram in the post.
/// </para>
/// </remarks>
public sealed class LinearTextClassifier : IPromoClassifier
{
    private readonly HashingFeaturizer _featurizer;
    private readonly float[] _weights;
    private readonly CompactWeights _compact;
    private readonly float _bias;
    private readonly float _calibrationSlope;
    private readonly float _calibrationOffset;
    private readonly float _threshold;

    internal LinearTextClassifier(
        FeaturizerConfig config,
        float[] weights,
        float bias,
        float calibrationSlope,
        float calibrationOffset,
        float threshold,
        TrainerInfo trainer,
        ClassifierMetrics? metrics)
    {
        _featurizer = new HashingFeaturizer(config);
        if (weights.Length != config.Dimension)
        {
            throw new ArgumentException("There must be one weight per hash slot.", nameof(weights));
        }

        _weights = weights;
        _compact = new CompactWeights(weights);
        _bias = bias;
        _calibrationSlope = calibrationSlope;
        _calibrationOffset = calibrationOffset;
        _threshold = threshold;
        Trainer = trainer;
        Metrics = metrics;
    }

    /// <summary>Gets the probability at or above which a text counts as promotional.</summary>
    /// <value>0.5 unless the model was trained or adjusted with another threshold.</value>
    public double Threshold => _threshold;

    /// <summary>Gets the Platt slope A in <c>p = σ(A · score + B)</c>.</summary>
    /// <value>1 for an uncalibrated model (p = σ(score), as in ML.NET).</value>
    public double CalibrationSlope => _calibrationSlope;

    /// <summary>Gets the Platt offset B in <c>p = σ(A · score + B)</c>.</summary>
    /// <value>0 for an uncalibrated model.</value>
    public double CalibrationOffset => _calibrationOffset;

    /// <summary>Gets the metrics recorded with the model (for example cross-validated ones), or null.</summary>
    /// <value>Null unless set with <see cref="WithMetrics"/> before saving.</value>
    public ClassifierMetrics? Metrics { get; }

    /// <summary>Gets the number of hash slots with a non-zero weight.</summary>
    public int NonZeroWeights
    {
        get
        {
            int count = 0;
            foreach (float w in _weights)
            {
                if (w != 0)
                {
                    count++;
                }
            }

            return count;
        }
    }

    internal FeaturizerConfig Config => _featurizer.Config;

    internal HashingFeaturizer Featurizer => _featurizer;

    internal ReadOnlySpan<float> Weights => _weights;

    internal float Bias => _bias;

    internal TrainerInfo Trainer { get; }

    /// <summary>Loads a model file (<c>.plm</c>).</summary>
    /// <param name="stream">The file's bytes from the current position to the end.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFormatException">
    /// The file is truncated, not a model file, of a newer major format version, corrupt (CRC mismatch or
    /// inconsistent content), or made for a featurizer other than the one in this build (config hash mismatch).
    /// </exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LinearTextClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(ModelFile.ReadAll(stream));
    }

    /// <summary>Gets the model PostLint ships with, trained from the labelled corpus in <c>rules/corpus</c>.</summary>
    /// <returns>The embedded model; read once per process.</returns>
    /// <exception cref="InvalidOperationException">The library was built without its model (a packaging defect).</exception>
    public static LinearTextClassifier LoadDefault() => s_default.Value;

    private static readonly Lazy<LinearTextClassifier> s_default = new(() =>
    {
        using Stream stream = typeof(LinearTextClassifier).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded model '{DefaultResourceName}' is missing from the PostLint assembly.");
        return Load(stream);
    });

    internal const string DefaultResourceName = "PostLint.Model.promo-classifier.plm";

    /// <summary>Writes the model as a <c>.plm</c> file.</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <remarks>The same model always gives the same bytes.</remarks>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ModelFile.Write(this));
    }

    /// <summary>Returns a copy that records the given metrics (they are saved with the model).</summary>
    /// <param name="metrics">The metrics, or null to remove them.</param>
    /// <returns>The copy.</returns>
    public LinearTextClassifier WithMetrics(ClassifierMetrics? metrics) =>
        new(Config, _weights, _bias, _calibrationSlope, _calibrationOffset, _threshold, Trainer, metrics);

    /// <summary>Returns a copy with another decision threshold.</summary>
    /// <param name="threshold">A probability strictly between 0 and 1.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not strictly between 0 and 1.</exception>
    public LinearTextClassifier WithThreshold(double threshold)
    {
        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must lie strictly between 0 and 1.");
        }

        return new(Config, _weights, _bias, _calibrationSlope, _calibrationOffset, (float)threshold, Trainer, Metrics);
    }

    /// <summary>Returns the calibrated probability that a text is promotional.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The same value as <see cref="ClassifierResult.Probability"/> from <see cref="Classify"/>.</returns>
    /// <remarks>Thread-safe. Allocates nothing once the calling thread has scored a text of similar length.</remarks>
    public double PromoProbability(ReadOnlySpan<char> text) => Probability(RawScore(text));

    /// <inheritdoc/>
    /// <remarks>Thread-safe. Allocates only the result, its term array and the terms' strings once the thread is warm.</remarks>
    public ClassifierResult Classify(string text, int maxTerms = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxTerms);
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            RecordRawScore(text, scratch);
            TermContribution[] terms = TopTerms(text, scratch, maxTerms, out double raw);
            return new ClassifierResult(Probability(raw), raw, terms);
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    /// <summary>Computes w·x + b.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The raw score.</returns>
    internal double RawScore(ReadOnlySpan<char> text)
    {
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            _featurizer.Accumulate(text, scratch);
            return scratch.Features.Dot(_compact, _bias);
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    /// <summary>
    /// Computes w·x + b like <see cref="RawScore"/>, and keeps the offsets, tokens and n-gram occurrences in the scratch
    /// so that <see cref="TopTerms"/> can explain the score without featurizing the text again.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="scratch">The caller's scratch; it holds the recording until its next use.</param>
    /// <returns>The raw score (bit for bit the value of <see cref="RawScore"/>).</returns>
    internal double RecordRawScore(ReadOnlySpan<char> text, FeaturizerScratch scratch)
    {
        char[] framedBuffer = scratch.Framed(TextNormalizer.MaxFramedLength(text.Length));
        scratch.Offsets(framedBuffer.Length, out int[] starts, out int[] ends);
        int length = TextNormalizer.NormalizeFramed(text, framedBuffer, starts, ends);
        scratch.FramedLength = length;
        scratch.Features.Reset();
        scratch.ClearRecording();
        var sink = new ExplainingSink(scratch);
        _featurizer.Enumerate(framedBuffer.AsSpan(0, length), ref sink);
        return scratch.Features.Dot(_compact, _bias);
    }

    /// <summary>
    /// The words that pushed a recorded score most towards promotional: positive per-token contributions, largest
    /// first (ties by position), at most <paramref name="maxTerms"/>.
    /// </summary>
    /// <param name="text">The text given to <see cref="RecordRawScore"/>.</param>
    /// <param name="scratch">The scratch that recorded it.</param>
    /// <param name="maxTerms">The most terms to return.</param>
    /// <param name="rawScore">The raw score, summed term by term as the explanation does.</param>
    /// <returns>The terms; allocates only them and their strings.</returns>
    internal TermContribution[] TopTerms(string text, FeaturizerScratch scratch, int maxTerms, out double rawScore)
    {
        rawScore = Attribute(scratch, out _, out Span<double> perToken, out _);
        ReadOnlySpan<(int Start, int Length)> tokens = scratch.Tokens;
        scratch.Offsets(scratch.FramedLength, out int[] starts, out int[] ends);
        Candidate[] rented = ArrayPool<Candidate>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            int count = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (perToken[t] > 0)
                {
                    rented[count++] = new Candidate(perToken[t], starts[tokens[t].Start], ends[tokens[t].Start + tokens[t].Length - 1]);
                }
            }

            Span<Candidate> candidates = rented.AsSpan(0, count);
            candidates.Sort(static (a, b) =>
            {
                int byContribution = b.Contribution.CompareTo(a.Contribution);
                return byContribution != 0 ? byContribution : a.Start.CompareTo(b.Start);
            });
            int kept = Math.Min(maxTerms, count);
            var terms = new TermContribution[kept];
            for (int i = 0; i < kept; i++)
            {
                Candidate c = candidates[i];
                terms[i] = new TermContribution(text[c.Start..c.End], c.Contribution, new TextSpan(c.Start, c.End - c.Start));
            }

            return terms;
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(rented);
        }
    }

    /// <summary>A token with a positive contribution: its share and its range in the original text.</summary>
    private readonly record struct Candidate(double Contribution, int Start, int End);

    /// <summary>Maps a raw score to a calibrated probability.</summary>
    /// <param name="rawScore">w·x + b.</param>
    /// <returns>σ(A · score + B).</returns>
    internal double Probability(double rawScore) => Sigmoid((_calibrationSlope * rawScore) + _calibrationOffset);

    /// <summary>
    /// Splits a recorded score into its terms (§4.6): each feature's contribution <c>w[slot] · x</c>, in the order
    /// <see cref="FeatureAccumulator.Dot"/> adds them, and each word token's share of them.
    /// </summary>
    /// <param name="scratch">The scratch that recorded the text.</param>
    /// <param name="contributions">Receives one contribution per feature.</param>
    /// <param name="perToken">Receives one sum per token.</param>
    /// <param name="unattributed">Receives what no token received (n-grams of spaces and markers only).</param>
    /// <returns>The raw score: the bias plus the contributions, added in order.</returns>
    private double Attribute(FeaturizerScratch scratch, out Span<double> contributions, out Span<double> perToken, out double unattributed)
    {
        FeatureAccumulator features = scratch.Features;
        ReadOnlySpan<(int Start, int Length)> tokens = scratch.Tokens;
        ReadOnlySpan<NgramOccurrence> occurrences = scratch.Occurrences;
        scratch.ExplanationBuffers(features.Count, tokens.Length, scratch.FramedLength, out contributions, out perToken, out Span<int> tokenAt);

        features.InverseNorms(out double wordInverse, out double charInverse);
        double raw = _bias;
        for (int e = 0; e < features.Count; e++)
        {
            double inverse = features.Block(e) == FeatureBlock.Word ? wordInverse : charInverse;
            contributions[e] = _weights[features.Slot(e)] * (features.TermCount(e) * inverse);
            raw += contributions[e];
        }

        for (int t = 0; t < tokens.Length; t++)
        {
            tokenAt.Slice(tokens[t].Start, tokens[t].Length).Fill(t);
        }

        // Shares of a zero contribution are skipped: adding ±0 leaves every sum as it is, bit for bit.
        unattributed = 0;
        for (int k = 0; k < occurrences.Length; k++)
        {
            NgramOccurrence occurrence = occurrences[k];
            double contribution = contributions[occurrence.Feature];
            if (contribution == 0)
            {
                continue;
            }

            double share = contribution / features.TermCount(occurrence.Feature);
            int from = occurrence.Start;
            int to = occurrence.Start + occurrence.Length;
            if (occurrence.Block == FeatureBlock.Word)
            {
                double perWord = share / occurrence.Length;
                for (int t = from; t < to; t++)
                {
                    perToken[t] += perWord;
                }

                continue;
            }

            int inside = 0;
            for (int p = from; p < to; p++)
            {
                if (tokenAt[p] >= 0)
                {
                    inside++;
                }
            }

            if (inside == 0)
            {
                unattributed += share;
                continue;
            }

            double perChar = share / inside;
            for (int p = from; p < to; p++)
            {
                if (tokenAt[p] >= 0)
                {
                    perToken[tokenAt[p]] += perChar;
                }
            }
        }

        return raw;
    }

    /// <summary>Explains a score completely: every feature's contribution and the sums per word token.</summary>
    /// <param name="text">The text.</param>
    /// <param name="includeFeatures">False to skip the per-feature list (and its n-gram strings); tokens are always computed.</param>
    /// <returns>The explanation.</returns>
    internal ClassifierExplanation Explain(string text, bool includeFeatures = true)
    {
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            RecordRawScore(text, scratch);
            double raw = Attribute(scratch, out Span<double> contributions, out Span<double> perToken, out double unattributed);
            FeatureAccumulator features = scratch.Features;
            ReadOnlySpan<(int Start, int Length)> tokens = scratch.Tokens;
            ReadOnlySpan<NgramOccurrence> occurrences = scratch.Occurrences;
            ReadOnlySpan<char> framed = scratch.Framed(0).AsSpan(0, scratch.FramedLength);
            scratch.Offsets(scratch.FramedLength, out int[] starts, out int[] ends);

            var featureList = new NgramContribution[includeFeatures ? features.Count : 0];
            if (includeFeatures)
            {
                var firstOccurrence = new int[features.Count];
                Array.Fill(firstOccurrence, -1);
                for (int k = 0; k < occurrences.Length; k++)
                {
                    if (firstOccurrence[occurrences[k].Feature] < 0)
                    {
                        firstOccurrence[occurrences[k].Feature] = k;
                    }
                }

                features.InverseNorms(out double wordInverse, out double charInverse);
                for (int e = 0; e < featureList.Length; e++)
                {
                    NgramOccurrence first = occurrences[firstOccurrence[e]];
                    string ngram = first.Block == FeatureBlock.Word
                        ? JoinTokens(framed, tokens, first.Start, first.Length)
                        : framed.Slice(first.Start, first.Length).ToString();
                    double inverse = features.Block(e) == FeatureBlock.Word ? wordInverse : charInverse;
                    featureList[e] = new NgramContribution(features.Block(e), ngram, features.Slot(e), features.TermCount(e), features.TermCount(e) * inverse, contributions[e]);
                }
            }

            var tokenList = new TermContribution[tokens.Length];
            for (int t = 0; t < tokens.Length; t++)
            {
                int originalStart = starts[tokens[t].Start];
                int originalEnd = ends[tokens[t].Start + tokens[t].Length - 1];
                tokenList[t] = new TermContribution(text[originalStart..originalEnd], perToken[t], new TextSpan(originalStart, originalEnd - originalStart));
            }

            return new ClassifierExplanation(raw, _bias, featureList, tokenList, unattributed);
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    internal static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    private static string JoinTokens(ReadOnlySpan<char> framed, ReadOnlySpan<(int Start, int Length)> tokens, int first, int count)
    {
        int total = count - 1;
        for (int t = first; t < first + count; t++)
        {
            total += tokens[t].Length;
        }

        Span<char> buffer = total <= 256 ? stackalloc char[total] : new char[total];
        int o = 0;
        for (int t = first; t < first + count; t++)
        {
            if (t > first)
            {
                buffer[o++] = ' ';
            }

            framed.Slice(tokens[t].Start, tokens[t].Length).CopyTo(buffer[o..]);
            o += tokens[t].Length;
        }

        return buffer.ToString();
    }
}
