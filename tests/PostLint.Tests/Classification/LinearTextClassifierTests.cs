using PostLint.Classification;

namespace PostLint.Tests.Classification;

public sealed class LinearTextClassifierTests
{
    private static readonly string[] s_texts =
    [
        "Buy now and save 50% with code SAVE50!",
        "What is your favourite coffee?",
        "Great Café!",
        "",
        "   ",
        "Order now\nand get free delivery\ttoday only!!!",
        "Crème brûlée: 2 for 1, link in bio 🍮",
        "Thanks to everyone who came by yesterday, it was lovely to meet you all.",
        "buy buy buy buy buy",
        "A\uD800lone surrogate and \U0001F35E bread",
    ];

    public static TheoryData<string> Texts() => new(s_texts);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Explain_Contributions_AddUpToRawScoreExactly(string text)
    {
        LinearTextClassifier model = TinyCorpus.Model;
        ClassifierExplanation explanation = model.Explain(text);

        double sum = model.Bias;
        foreach (NgramContribution feature in explanation.Features)
        {
            sum += feature.Contribution;
        }

        Assert.Equal(explanation.RawScore, sum); // bit for bit: same terms, same order
        Assert.Equal(model.RawScore(text), explanation.RawScore);
        Assert.Equal(model.Classify(text).RawScore, explanation.RawScore);

        // Per-token sums redistribute the same contributions; they agree up to rounding.
        double tokens = model.Bias + explanation.Unattributed;
        foreach (TermContribution token in explanation.Tokens)
        {
            tokens += token.Contribution;
        }

        Assert.Equal(explanation.RawScore, tokens, 12);
    }

    /// <summary>
    /// Per-token sums, recomputed here the plain way (every occurrence, every division in place), must equal the
    /// explanation's bit for bit: the pooled attribution skips zero shares and hoists divisions, nothing else.
    /// </summary>
    [Fact]
    public void Explain_TokenSums_EqualThePlainAttributionBitForBit()
    {
        LinearTextClassifier model = LinearTextClassifier.LoadDefault();
        foreach (string text in s_texts.Concat(Corpus.TrainingCorpus.Holdout.Take(300).Select(p => p.Text)))
        {
            double[] expected = PlainTokenSums(model, text);
            Assert.Equal(expected, model.Explain(text, includeFeatures: false).Tokens.Select(t => t.Contribution));
        }
    }

    private static double[] PlainTokenSums(LinearTextClassifier model, string text)
    {
        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            model.RecordRawScore(text, scratch);
            FeatureAccumulator features = scratch.Features;
            features.InverseNorms(out double word, out double chars);
            var contributions = new double[features.Count];
            for (int e = 0; e < features.Count; e++)
            {
                contributions[e] = model.Weights[features.Slot(e)] * (features.TermCount(e) * (features.Block(e) == FeatureBlock.Word ? word : chars));
            }

            (int Start, int Length)[] tokens = scratch.Tokens.ToArray();
            var tokenAt = Enumerable.Repeat(-1, scratch.FramedLength).ToArray();
            for (int t = 0; t < tokens.Length; t++)
            {
                tokenAt.AsSpan(tokens[t].Start, tokens[t].Length).Fill(t);
            }

            var sums = new double[tokens.Length];
            foreach (NgramOccurrence o in scratch.Occurrences.ToArray())
            {
                double share = contributions[o.Feature] / features.TermCount(o.Feature);
                if (o.Block == FeatureBlock.Word)
                {
                    for (int t = o.Start; t < o.Start + o.Length; t++)
                    {
                        sums[t] += share / o.Length;
                    }

                    continue;
                }

                int inside = Enumerable.Range(o.Start, o.Length).Count(p => tokenAt[p] >= 0);
                for (int p = o.Start; p < o.Start + o.Length; p++)
                {
                    if (inside > 0 && tokenAt[p] >= 0)
                    {
                        sums[tokenAt[p]] += share / inside;
                    }
                }
            }

            return sums;
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    [Fact]
    public void Explain_Feature_IsWeightTimesNormalizedValue()
    {
        LinearTextClassifier model = TinyCorpus.Model;
        ClassifierExplanation explanation = model.Explain("Order now!");

        Assert.Contains(explanation.Features, f => f.Block == FeatureBlock.Word && f.Text == "order now!");
        Assert.Contains(explanation.Features, f => f.Block == FeatureBlock.Char && f.Text == "\u0002or");
        foreach (NgramContribution feature in explanation.Features)
        {
            Assert.Equal(model.Weights[feature.Slot] * feature.Value, feature.Contribution);
        }
    }

    [Fact]
    public void Classify_PromoText_ListsPositiveTermsLargestFirstWithOriginalSpans()
    {
        const string text = "Crème Brûlée — BUY NOW, save 50% with code SAVE50!";
        ClassifierResult result = TinyCorpus.Model.Classify(text, maxTerms: 3);

        Assert.True(result.Probability > 0.5, $"p = {result.Probability}");
        Assert.InRange(result.TopTerms.Count, 1, 3);
        for (int i = 0; i < result.TopTerms.Count; i++)
        {
            TermContribution term = result.TopTerms[i];
            Assert.True(term.Contribution > 0);
            Assert.Equal(text.Substring(term.Span.Start, term.Span.Length), term.Term);
            if (i > 0)
            {
                Assert.True(result.TopTerms[i - 1].Contribution >= term.Contribution);
            }
        }

        Assert.Contains(result.TopTerms, t => t.Term == "NOW,");
    }

    [Fact]
    public void Classify_AccentedWord_SpanCoversOriginalCharacters()
    {
        const string text = "Cafe\u0301 Brûlée";
        ClassifierExplanation explanation = TinyCorpus.Model.Explain(text);

        Assert.Equal([new TextSpan(0, 5), new TextSpan(6, 6)], explanation.Tokens.Select(t => t.Span));
        Assert.Equal(["Cafe\u0301", "Brûlée"], explanation.Tokens.Select(t => t.Term));
    }

    [Fact]
    public void Classify_MaxTermsZero_ReturnsNoTerms()
    {
        Assert.Empty(TinyCorpus.Model.Classify("Buy now!", maxTerms: 0).TopTerms);
    }

    [Fact]
    public void Classify_NegativeMaxTerms_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TinyCorpus.Model.Classify("x", -1));
    }

    [Fact]
    public void Classify_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TinyCorpus.Model.Classify(null!));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void PromoProbability_AnyText_EqualsClassifyProbability(string text)
    {
        LinearTextClassifier model = TinyCorpus.Model;
        double p = model.PromoProbability(text);
        Assert.Equal(model.Classify(text).Probability, p);
        Assert.InRange(p, 0, 1);
        Assert.Equal(LinearTextClassifier.Sigmoid(model.RawScore(text)), p); // uncalibrated: σ(score)
    }

    [Fact]
    public void PromoProbability_AfterWarmUp_AllocatesNothing()
    {
        LinearTextClassifier model = TinyCorpus.Model;
        string text = string.Concat(Enumerable.Repeat("Order now and get 20% off with code BREAD20! ", 6));
        double sink = 0;
        for (int i = 0; i < 200; i++)
        {
            sink += model.PromoProbability(text);
        }

        // The runtime's own tier-up work can now and then allocate on this thread inside one window; code that
        // allocated per call would show up in every window, so the steady state must reach exactly 0 in one of three.
        var windows = new List<long>();
        for (int window = 0; window < 3 && (windows.Count == 0 || windows[^1] != 0); window++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                sink += model.PromoProbability(text);
            }

            windows.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, windows[^1]);
        Assert.True(sink > 0);
    }

    [Fact]
    public void Classify_ManyThreads_GiveTheSameResultsAsOneThread()
    {
        LinearTextClassifier model = TinyCorpus.Model;
        string[] texts = [.. s_texts, .. TinyCorpus.Examples.Select(e => e.Text), new string('x', 70_000)];
        var expectedProbability = texts.Select(t => model.PromoProbability(t)).ToArray();
        var expectedTerms = texts.Select(t => model.Classify(t)).ToArray();

        var actualProbability = new double[texts.Length * 20];
        var actualResults = new ClassifierResult[texts.Length * 20];
        Parallel.For(0, actualProbability.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            actualProbability[i] = model.PromoProbability(texts[i % texts.Length]);
            actualResults[i] = model.Classify(texts[i % texts.Length]);
        });

        for (int i = 0; i < actualProbability.Length; i++)
        {
            ClassifierResult expected = expectedTerms[i % texts.Length];
            Assert.Equal(expectedProbability[i % texts.Length], actualProbability[i]);
            Assert.Equal(expected.RawScore, actualResults[i].RawScore);
            Assert.Equal(expected.TopTerms, actualResults[i].TopTerms);
        }
    }

    [Fact]
    public void PromoProbability_LongVariedText_KeepsFeaturesBoundedBySlots()
    {
        // 400,000 random letters and spaces: over a million n-gram occurrences, at most 2 · 2^16 distinct features.
        var random = new Random(5);
        var text = new char[400_000];
        for (int i = 0; i < text.Length; i++)
        {
            text[i] = random.Next(6) == 0 ? ' ' : (char)('a' + random.Next(26));
        }

        var model = new LinearTextClassifier(FeaturizerConfig.WithBits(16), new float[1 << 16], 0.5f, 1, 0, 0.5f, default, null);
        Assert.Equal(LinearTextClassifier.Sigmoid(0.5), model.PromoProbability(text));

        FeaturizerScratch scratch = FeaturizerScratch.Rent();
        try
        {
            model.Featurizer.Accumulate(text, scratch);
            Assert.InRange(scratch.Features.Count, 1 << 16, 2 << 16);
        }
        finally
        {
            FeaturizerScratch.Return(scratch);
        }
    }

    [Fact]
    public void WithThreshold_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TinyCorpus.Model.WithThreshold(1));
        Assert.Equal(0.7f, (float)TinyCorpus.Model.WithThreshold(0.7).Threshold);
    }
}
