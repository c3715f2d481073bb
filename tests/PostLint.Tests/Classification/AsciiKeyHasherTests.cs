using System.Text;
using PostLint.Classification;

namespace PostLint.Tests.Classification;

public sealed class AsciiKeyHasherTests
{
    [Fact]
    public void Finish_RunsAtEveryLengthAndOffset_EqualsTheOneShotHash()
    {
        byte[] text = Encoding.ASCII.GetBytes("abcdefghijklmnopqrstuvwxyz0123456789 !?~\u007F\u0001");
        byte[] padded = [.. text, 0xAA, 0xBB, 0xCC];   // bytes after a run are read and must be masked off
        for (int start = 0; start < 8; start++)
        {
            for (int first = 0; start + first <= text.Length && first <= 13; first++)
            {
                for (int second = 0; start + first + second <= text.Length && second <= 9; second++)
                {
                    var hasher = new AsciiKeyHasher(314489979, 'w' | ('2' << 8) | (0x1Fu << 16));
                    hasher.Append(padded, start, first);
                    hasher.Append(0x1F);
                    hasher.Append(padded, start + first, second);
                    byte[] key = [(byte)'w', (byte)'2', 0x1F, .. text.AsSpan(start, first), 0x1F, .. text.AsSpan(start + first, second)];
                    Assert.Equal(MurmurHash3.Hash(key, 314489979), hasher.Finish());
                }
            }
        }
    }
}
