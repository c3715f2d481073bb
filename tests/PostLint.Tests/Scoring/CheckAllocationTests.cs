using PostLint.Rules;
using PostLint.Scoring;

namespace PostLint.Tests.Scoring;

/// <summary>
/// What a check allocates once the thread is warm: a post with no findings costs its report and nothing else, and no
/// check allocates per token, phrase occurrence or n-gram (a longer post costs no more than a short one).
/// </summary>
public sealed class CheckAllocationTests
{
    private const string Quiet = "The bakery closed early because of the storm and the kids built a lopsided birdhouse";

    private static readonly PostLinter s_rulesOnly = new PostLinterBuilder().AddRules(RuleSet.LoadDefault()).UseClassifier(null).Build();

    [Fact]
    public void Check_PostWithoutFindings_AllocatesOnlyTheReport()
    {
        var post = new Post(Quiet);
        Assert.Empty(s_rulesOnly.Check(post).Findings);
        long check = Allocated(() => s_rulesOnly.Check(post));
        long report = Allocated(() => new LintReport(post, "default", 0, Verdict.Conversation, [], null));
        Assert.Equal(report, check);
    }

    [Fact]
    public void Check_LongerPostWithoutFindings_AllocatesNoMore()
    {
        var shortPost = new Post(Quiet);
        var longPost = new Post(string.Join(" and ", Enumerable.Repeat(Quiet, 40)));
        Assert.Empty(s_rulesOnly.Check(longPost).Findings);
        Assert.Equal(Allocated(() => s_rulesOnly.Check(shortPost)), Allocated(() => s_rulesOnly.Check(longPost)));
    }

    [Fact]
    public void Check_WithClassifier_AllocationDoesNotGrowWithLength()
    {
        // Every post gets a classifier finding (its message, and for a promotional post five terms): a fixed cost.
        PostLinter linter = PostLinter.CreateDefault();
        var shortPost = new Post(Quiet);
        var longPost = new Post(string.Join(" and ", Enumerable.Repeat(Quiet, 40)));
        Assert.Equal(
            linter.Check(shortPost).Findings.Select(f => f.RuleId),
            linter.Check(longPost).Findings.Select(f => f.RuleId));
        long shortBytes = Allocated(() => linter.Check(shortPost));
        long longBytes = Allocated(() => linter.Check(longPost));
        Assert.InRange(longBytes - shortBytes, -64, 64);   // the message's percentage may differ by a digit
    }

    private static long Allocated(Func<object> action)
    {
        for (int i = 0; i < 50; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
