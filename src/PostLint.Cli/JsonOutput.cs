using System.Buffers;
using System.Text.Json;

namespace PostLint.Cli;

/// <summary>
/// What the JSON-based report writers share: a <see cref="Utf8JsonWriter"/> into a buffer that goes to the output in
/// large writes (a write per record cost a system call per record), and line by line only on a terminal.
/// </summary>
internal abstract class JsonOutput : IDisposable
{
    /// <summary>How many bytes collect before they are written out.</summary>
    private const int WriteAt = 1 << 16;

    private readonly ArrayBufferWriter<byte> _buffer = new(WriteAt + 4096);
    private readonly Utf8Sink _sink;

    protected JsonOutput(TextWriter output, bool indented)
    {
        _sink = new Utf8Sink(output);
        Json = new Utf8JsonWriter(_buffer, ReportJson.Options(indented));
    }

    protected Utf8JsonWriter Json { get; }

    public void Dispose()
    {
        Json.Flush();
        WriteOut();
        Json.Dispose();
    }

    /// <summary>Ends the line; the next value starts a new document.</summary>
    protected void EndLine()
    {
        Json.Flush();
        Json.Reset();
        _buffer.Write("\n"u8);
        Committed();
    }

    /// <summary>Called after each record: writes out what has collected when it is enough, or a person is watching.</summary>
    protected void Committed()
    {
        if (_sink.Interactive || _buffer.WrittenCount + Json.BytesPending >= WriteAt)
        {
            Json.Flush();
            WriteOut();
        }
    }

    private void WriteOut()
    {
        if (_buffer.WrittenCount > 0)
        {
            _sink.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }
}
