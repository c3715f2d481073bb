namespace PostLint.Classification;

/// <summary>
/// Accumulates features like <see cref="AccumulatingSink"/> and also records tokens and occurrences in the scratch's
/// reusable buffers, so that an explanation allocates nothing per token or n-gram.
/// </summary>
/// <param name="scratch">The scratch whose accumulator and recording buffers receive the text.</param>
internal readonly struct ExplainingSink(FeaturizerScratch scratch) : INgramSink
{
    /// <inheritdoc/>
    public void OnToken(int index, int start, int length) => scratch.AddToken(start, length);

    /// <inheritdoc/>
    public void OnWordNgrams(ReadOnlySpan<int> slots, ReadOnlySpan<int> tokens)
    {
        for (int k = 0; k < slots.Length; k++)
        {
            Record(FeatureBlock.Word, slots[k], HashingFeaturizer.FirstToken(tokens[k]), HashingFeaturizer.TokenCount(tokens[k]));
        }
    }

    /// <inheritdoc/>
    public void OnCharNgrams(int length, int start, ReadOnlySpan<int> slots)
    {
        for (int k = 0; k < slots.Length; k++)
        {
            Record(FeatureBlock.Char, slots[k], start + k, length);
        }
    }

    private void Record(FeatureBlock block, int slot, int start, int length) =>
        scratch.AddOccurrence(new NgramOccurrence(scratch.Features.AddIndexed(block, slot), block, start, length));
}
