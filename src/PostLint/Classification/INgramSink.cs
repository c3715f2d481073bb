namespace PostLint.Classification;

/// <summary>Receives the word tokens and hashed n-grams of one text from <see cref="HashingFeaturizer.Enumerate"/>.</summary>
/// <remarks>Implemented by structs so that the generic enumeration is specialized and inlined per use.</remarks>
internal interface INgramSink
{
    /// <summary>Called for each word token, in text order.</summary>
    /// <param name="index">The 0-based token index.</param>
    /// <param name="start">The token's start in the framed text.</param>
    /// <param name="length">The token's length.</param>
    void OnToken(int index, int start, int length);

    /// <summary>Called for a run of word n-grams, in text order (the word block's occurrences).</summary>
    /// <param name="slots">The hash slots.</param>
    /// <param name="tokens">
    /// Per n-gram, its first token index and its number of tokens as <c>first &lt;&lt; 2 | count</c> (see
    /// <see cref="HashingFeaturizer.FirstToken"/> and <see cref="HashingFeaturizer.TokenCount"/>).
    /// </param>
    /// <remarks>Called after <see cref="OnToken"/> for every token the n-grams cover.</remarks>
    void OnWordNgrams(ReadOnlySpan<int> slots, ReadOnlySpan<int> tokens);

    /// <summary>Called for a run of char n-grams of one length, in text order (the char block's occurrences).</summary>
    /// <param name="length">The number of chars of each n-gram.</param>
    /// <param name="start">The framed start of the first n-gram; <c>slots[k]</c> is the n-gram at <c>start + k</c>.</param>
    /// <param name="slots">The hash slots.</param>
    void OnCharNgrams(int length, int start, ReadOnlySpan<int> slots);
}
