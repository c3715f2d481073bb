namespace PostLint.Classification;

/// <summary>Adds every n-gram occurrence to a <see cref="FeatureAccumulator"/>; ignores tokens.</summary>
/// <param name="features">The accumulator.</param>
internal readonly struct AccumulatingSink(FeatureAccumulator features) : INgramSink
{
    /// <inheritdoc/>
    public void OnToken(int index, int start, int length)
    {
    }

    /// <inheritdoc/>
    public void OnWordNgrams(ReadOnlySpan<int> slots, ReadOnlySpan<int> tokens) => features.AddAll(FeatureBlock.Word, slots);

    /// <inheritdoc/>
    public void OnCharNgrams(int length, int start, ReadOnlySpan<int> slots) => features.AddAll(FeatureBlock.Char, slots);
}
