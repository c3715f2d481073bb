using System.Buffers;
using PostLint.Text;

namespace PostLint.Tests.Text;

public sealed class CharRangesTests
{
    [Fact]
    public void Ranges_EveryCodeUnit_BelongsExactlyWhenInsideTheRange()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(c is >= '0' and <= '9', CharRanges.AsciiDigits.Contains((char)c));
            Assert.Equal(c is >= 'a' and <= 'z', CharRanges.AsciiLowerLetters.Contains((char)c));
            Assert.Equal(c is >= ' ' and <= '~', CharRanges.PrintableAscii.Contains((char)c));
            Assert.Equal(c <= 0x7F, CharRanges.Ascii.Contains((char)c));
        }
    }

    [Fact]
    public void IndexOfAnyExcept_AfterFiftyCalls_AllocatesNothing()
    {
        // The generic IndexOfAnyExceptInRange allocated 96 bytes per call here until the JIT optimized it.
        const string text = "plain words and a caf\u00E9";
        for (int i = 0; i < 50; i++)
        {
            text.AsSpan().IndexOfAnyExcept(CharRanges.PrintableAscii);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int at = text.AsSpan().IndexOfAnyExcept(CharRanges.PrintableAscii);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(text.Length - 1, at);
    }
}
