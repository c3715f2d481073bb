using PostLint.Scoring;

namespace PostLint.Tests.Scoring;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Map_RunsBatchesOnSeveralCoresAtOnce()
    {
        // Two batches of 256; each item waits at a barrier for an item of the other batch. Run one batch at a time and
        // every wait times out.
        using var barrier = new Barrier(2);
        int missed = 0;
        bool Meet(int item)
        {
            if (Volatile.Read(ref missed) > 0)
            {
                return false;   // once one wait has timed out, do not wait 5 s for each of the rest
            }

            bool met = barrier.SignalAndWait(TimeSpan.FromSeconds(5));
            if (!met)
            {
                Interlocked.Increment(ref missed);
            }

            return met;
        }

        bool[] met = [.. OrderedParallel.Map(Enumerable.Range(0, 512), Meet, degree: 2, CancellationToken.None)];
        Assert.Equal(512, met.Length);
        Assert.All(met, Assert.True);
    }

    [Fact]
    public void Map_KeepsInputOrder_WhateverOrderTheWorkersFinishIn()
    {
        // Later items finish first: a batch of small numbers sleeps, a batch of large ones does not.
        int[] input = [.. Enumerable.Range(0, 2048)];
        int[] output = [.. OrderedParallel.Map(input, i => { if (i < 256) { Thread.Sleep(1); } return i; }, degree: 2, CancellationToken.None)];
        Assert.Equal(input, output);
    }

    [Fact]
    public void Map_MapThatThrows_PassesTheErrorOnAfterTheResultsBeforeIt()
    {
        var seen = new List<int>();
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int i in OrderedParallel.Map(Enumerable.Range(0, 2000), i => i == 700 ? throw new InvalidOperationException("bad item") : i, 2, CancellationToken.None))
            {
                seen.Add(i);
            }
        });
        Assert.Equal("bad item", ex.Message);
        Assert.Equal(Enumerable.Range(0, 512), seen);   // the batches before the failing one (700 is in the third)
    }
}
