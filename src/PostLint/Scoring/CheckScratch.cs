using PostLint.Text;

namespace PostLint.Scoring;

/// <summary>The buffers one check needs, reused across checks on the same thread so a check allocates only its report.</summary>
internal sealed class CheckScratch
{
    [ThreadStatic]
    private static CheckScratch? t_current;

    private double[] _slots = [];
    private int[] _lastEnd = [];
    private double[] _active = [];
    private byte[] _flags = [];
    private (int Start, int Id)[] _found = new (int, int)[64];
    private int[] _literalStamps = [];
    private int _stamp;

    public NormalizedText Text { get; } = new();

    public NormalizedText FirstPass { get; } = new();

    public List<RuleMatch> Matches { get; } = [];

    public List<PostLink> Links { get; } = [];

    public Span<double> Slots => _slots;

    /// <summary>Gets this thread's scratch, sized for <paramref name="slotCount"/> slots and cleared.</summary>
    public static CheckScratch Rent(int slotCount)
    {
        CheckScratch scratch = t_current ??= new CheckScratch();
        if (scratch._slots.Length != slotCount)
        {
            scratch._slots = new double[slotCount];
        }
        else
        {
            Array.Clear(scratch._slots);
        }

        scratch.Matches.Clear();
        return scratch;
    }

    public Span<int> LastMatchEnd(int rules)
    {
        if (_lastEnd.Length < rules)
        {
            _lastEnd = new int[rules];
        }

        Span<int> span = _lastEnd.AsSpan(0, rules);
        span.Clear();
        return span;
    }

    /// <summary>
    /// Gets one stamp per literal set of the patterns and this check's stamp: a set had a member in this check when
    /// its entry equals the stamp, so nothing needs clearing between checks.
    /// </summary>
    public Span<int> LiteralSetStamps(int sets, out int stamp)
    {
        if (_literalStamps.Length < sets)
        {
            _literalStamps = new int[sets];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_literalStamps);
            _stamp = 1;
        }

        stamp = _stamp;
        return _literalStamps.AsSpan(0, sets);
    }

    /// <summary>Gets the buffer phrase and literal occurrences are found into (grown by the matcher as needed).</summary>
    public ref (int Start, int Id)[] Found => ref _found;

    /// <summary>Gets the normalizer's per-character flag buffer for a text of <paramref name="length"/> characters.</summary>
    public Span<byte> NormalizerFlags(int length)
    {
        int needed = (length * 4) + 16;
        if (_flags.Length < needed)
        {
            _flags = new byte[(int)Math.Min(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)needed), (uint)Array.MaxLength)];
        }

        return _flags;
    }

    public Span<double> Active(int rules)
    {
        if (_active.Length < rules)
        {
            _active = new double[rules];
        }

        return _active.AsSpan(0, rules);
    }
}
