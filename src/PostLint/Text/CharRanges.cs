using System.Buffers;

namespace PostLint.Text;

/// <summary>
/// Character ranges the hot paths search for, as <see cref="SearchValues{T}"/>. They replace
/// <c>IndexOfAnyInRange</c>/<c>IndexOfAnyExceptInRange</c> on <see cref="char"/>: those generic helpers are as fast
/// once optimized, but until the JIT tiers them up (the first few thousand calls of a process, and every call of a
/// short-lived one) each call boxes its bounds and allocates 96 bytes, which broke "a quiet check allocates only its
/// report". The <see cref="SearchValues{T}"/> searches allocate nothing at any tier.
/// </summary>
internal static class CharRanges
{
    /// <summary>Gets '0'..'9'.</summary>
    public static SearchValues<char> AsciiDigits { get; } = SearchValues.Create("0123456789");

    /// <summary>Gets 'a'..'z'.</summary>
    public static SearchValues<char> AsciiLowerLetters { get; } = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Gets ' '..'~', printable ASCII.</summary>
    public static SearchValues<char> PrintableAscii { get; } = SearchValues.Create(Range(' ', '~'));

    /// <summary>Gets U+0000..U+007F, all of ASCII.</summary>
    public static SearchValues<char> Ascii { get; } = SearchValues.Create(Range('\0', '\u007F'));

    private static string Range(char first, char last) => string.Create(last - first + 1, first, static (chars, from) =>
    {
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(from + i);
        }
    });
}
