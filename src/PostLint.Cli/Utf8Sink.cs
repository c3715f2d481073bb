using System.Text;

namespace PostLint.Cli;

/// <summary>
/// Where UTF-8 output bytes go: straight into the stream under a UTF-8 <see cref="StreamWriter"/> (a file, or standard
/// output when redirected), else decoded into the <see cref="TextWriter"/> (a terminal).
/// </summary>
internal sealed class Utf8Sink
{
    private readonly TextWriter _writer;
    private readonly Stream? _stream;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = [];

    public Utf8Sink(TextWriter writer)
    {
        _writer = writer;
        _stream = writer is StreamWriter { Encoding: UTF8Encoding } streamWriter ? streamWriter.BaseStream : null;
        Interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
    }

    /// <summary>Gets whether a person watches the output as it comes (a terminal), so each line should show at once.</summary>
    public bool Interactive { get; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_stream is not null)
        {
            _writer.Flush();   // whatever was written as text goes first
            _stream.Write(bytes);
            return;
        }

        int needed = _decoder.GetCharCount(bytes, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, 4096)];
        }

        int written = _decoder.GetChars(bytes, _chars, flush: false);
        _writer.Write(_chars, 0, written);
    }
}
