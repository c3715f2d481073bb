using System.Numerics;

namespace PostLint.Classification;

/// <summary>Per-thread buffers for featurizing one text at a time, so that scoring allocates nothing once warm.</summary>
/// <remarks>
/// A thread keeps its scratch for reuse unless one text made it large (more than <see cref="MaxCachedChars"/>);
/// then the buffers are dropped after that call and the next call starts small again.
/// </remarks>
internal sealed class FeaturizerScratch
{
    /// <summary>The largest framed buffer a thread keeps between calls.</summary>
    public const int MaxCachedChars = 1 << 17;

    [ThreadStatic]
    private static FeaturizerScratch? s_threadCached;

    private char[] _framed = new char[512];
    private int[] _starts = [];
    private int[] _ends = [];
    private (int Start, int Length)[] _tokens = new (int, int)[64];
    private NgramOccurrence[] _occurrences = new NgramOccurrence[256];
    private double[] _contributions = [];
    private double[] _perToken = [];
    private int[] _tokenAt = [];
    private int _tokenCount;
    private int _occurrenceCount;

    /// <summary>Gets the n-gram accumulator.</summary>
    public FeatureAccumulator Features { get; } = new();

    /// <summary>Takes the calling thread's scratch (or a new one); give it back with <see cref="Return"/>.</summary>
    /// <returns>A scratch that only the caller uses until it is returned.</returns>
    public static FeaturizerScratch Rent()
    {
        FeaturizerScratch? scratch = s_threadCached;
        if (scratch is null)
        {
            return new FeaturizerScratch();
        }

        s_threadCached = null;
        return scratch;
    }

    /// <summary>Gives a scratch back to the calling thread's cache.</summary>
    /// <param name="scratch">The scratch from <see cref="Rent"/>.</param>
    public static void Return(FeaturizerScratch scratch)
    {
        if (scratch._framed.Length <= MaxCachedChars && scratch.Features.Capacity <= 4 * MaxCachedChars && scratch._occurrences.Length <= 2 * MaxCachedChars)
        {
            s_threadCached = scratch;
        }
    }

    /// <summary>Gets a framed-text buffer of at least the given length.</summary>
    /// <param name="length">The length needed.</param>
    /// <returns>The buffer.</returns>
    public char[] Framed(int length)
    {
        if (_framed.Length < length)
        {
            _framed = new char[Size(length)];
        }

        return _framed;
    }

    /// <summary>Gets or sets the length of the framed text last written to <see cref="Framed"/> by a recording featurization.</summary>
    public int FramedLength { get; set; }

    /// <summary>Gets the word tokens recorded by <see cref="ExplainingSink"/>: (framed start, length), in text order.</summary>
    public ReadOnlySpan<(int Start, int Length)> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>Gets the n-gram occurrences recorded by <see cref="ExplainingSink"/>, in enumeration order.</summary>
    public ReadOnlySpan<NgramOccurrence> Occurrences => _occurrences.AsSpan(0, _occurrenceCount);

    /// <summary>Forgets the recorded tokens and occurrences.</summary>
    public void ClearRecording()
    {
        _tokenCount = 0;
        _occurrenceCount = 0;
    }

    /// <summary>Records a token.</summary>
    /// <param name="start">Its start in the framed text.</param>
    /// <param name="length">Its length.</param>
    public void AddToken(int start, int length)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, 2 * _tokens.Length);
        }

        _tokens[_tokenCount++] = (start, length);
    }

    /// <summary>Records an n-gram occurrence.</summary>
    /// <param name="occurrence">The occurrence.</param>
    public void AddOccurrence(in NgramOccurrence occurrence)
    {
        if (_occurrenceCount == _occurrences.Length)
        {
            Array.Resize(ref _occurrences, 2 * _occurrences.Length);
        }

        _occurrences[_occurrenceCount++] = occurrence;
    }

    /// <summary>Gets the buffers an explanation works in, each at least as long as asked and cleared.</summary>
    /// <param name="features">The number of features (contributions).</param>
    /// <param name="tokens">The number of tokens (per-token sums).</param>
    /// <param name="framedLength">The framed length (token index per position).</param>
    /// <param name="contributions">One contribution per feature.</param>
    /// <param name="perToken">One sum per token, zeroed.</param>
    /// <param name="tokenAt">One token index per framed position, -1 filled.</param>
    public void ExplanationBuffers(int features, int tokens, int framedLength, out Span<double> contributions, out Span<double> perToken, out Span<int> tokenAt)
    {
        if (_contributions.Length < features)
        {
            _contributions = new double[Size(features)];
        }

        if (_perToken.Length < tokens)
        {
            _perToken = new double[Size(tokens)];
        }

        if (_tokenAt.Length < framedLength)
        {
            _tokenAt = new int[Size(framedLength)];
        }

        contributions = _contributions.AsSpan(0, features);
        perToken = _perToken.AsSpan(0, tokens);
        perToken.Clear();
        tokenAt = _tokenAt.AsSpan(0, framedLength);
        tokenAt.Fill(-1);
    }

    /// <summary>
    /// The size to grow a buffer to: the next power of two, so that texts of similar length reuse one buffer (growing
    /// to exactly the length needed made each slightly longer text reallocate, and doubling that could pass the
    /// caching limit and drop the scratch on every call).
    /// </summary>
    private static int Size(int needed) => needed <= 16 ? 16 : (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)needed), (uint)Array.MaxLength);

    /// <summary>Gets offset buffers of at least the given length.</summary>
    /// <param name="length">The length needed.</param>
    /// <param name="starts">Original start per framed position.</param>
    /// <param name="ends">Original end per framed position.</param>
    public void Offsets(int length, out int[] starts, out int[] ends)
    {
        if (_starts.Length < length)
        {
            _starts = new int[Size(length)];
            _ends = new int[_starts.Length];
        }

        starts = _starts;
        ends = _ends;
    }
}
