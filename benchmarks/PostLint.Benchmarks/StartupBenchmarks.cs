using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PostLint.Classification;
using PostLint.Rules;
using PostLint.Scoring;

namespace PostLint.Benchmarks;

/// <summary>
/// <see cref="PostLinter.CreateDefault"/> in a fresh process (the first call: load the shipped rules, compile them,
/// load the model, JIT), against the naive start-up: parse the same YAML and compile one regex per rule. Each
/// measurement is its own process (cold start, one invocation). "+ first Check" adds the first post, which compiles
/// the patterns that post needs (shipped patterns compile on first use).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class StartupColdBenchmarks
{
    private const string FirstPost = "Only 5 spots left in the April cohort, DM me to grab one. Use code SPRING20 for 20% off!";

    [Benchmark(Baseline = true, Description = "naive: parse + one compiled regex per rule")]
    public NaiveLinter Naive() => new(RuleSet.LoadBuiltin("default").Rules);

    [Benchmark(Description = "CreateDefault()")]
    public PostLinter CreateDefault() => PostLinter.CreateDefault();

    [Benchmark(Description = "CreateDefault() + first Check")]
    public LintReport CreateDefaultAndCheck() => PostLinter.CreateDefault().Check(FirstPost);

    [Benchmark(Description = "load the shipped model only")]
    public LinearTextClassifier LoadModel() => LinearTextClassifier.LoadDefault();
}

/// <summary>
/// Start-up in a warm process: <see cref="PostLinter.CreateDefault"/> (the rule set and the model are cached per
/// process, so this is the compile step), and the whole path without caches: read the precompiled rule snapshot (what
/// CreateDefault does first), or parse the YAML, then compile and load the model.
/// </summary>
[MemoryDiagnoser]
public class StartupWarmBenchmarks
{
    [Benchmark(Baseline = true, Description = "naive: parse + one compiled regex per rule")]
    public NaiveLinter Naive() => new(RuleSet.LoadBuiltin("default").Rules);

    [Benchmark(Description = "CreateDefault() (rules and model cached)")]
    public PostLinter CreateDefault() => PostLinter.CreateDefault();

    [Benchmark(Description = "read snapshot + compile + load model, no caches")]
    public PostLinter FromSnapshot() => Build(RuleSetSnapshot.TryLoadDefault()!);

    [Benchmark(Description = "parse YAML + compile + load model, no caches")]
    public PostLinter FromYaml() => Build(RuleSet.LoadBuiltin("default"));

    [Benchmark(Description = "load the model only, no caches")]
    public LinearTextClassifier LoadModel()
    {
        using Stream model = typeof(LinearTextClassifier).Assembly.GetManifestResourceStream(LinearTextClassifier.DefaultResourceName)!;
        return LinearTextClassifier.Load(model);
    }

    private static PostLinter Build(RuleSet rules)
    {
        using Stream model = typeof(LinearTextClassifier).Assembly.GetManifestResourceStream(LinearTextClassifier.DefaultResourceName)!;
        return new PostLinterBuilder().AddRules(rules).UseClassifier(LinearTextClassifier.Load(model)).Build();
    }
}
