namespace PostLint.Archives;

/// <summary>
/// A forward-only input (standard input) that keeps what has been read of it in a temporary file, so a reader can go
/// back to an earlier offset as it can in a file: a CSV record whose broken quote swallowed the lines after it is read
/// again from its second line, and the swallowed records are not lost. Memory stays flat; the temporary file grows with
/// what has been read and is deleted on dispose.
/// </summary>
internal sealed class SpooledInput : IDisposable
{
    private readonly Stream _live;
    private readonly FileStream _spool;
    private bool _ended;

    public SpooledInput(Stream live)
    {
        _live = live;
        _spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"postlint-{Path.GetRandomFileName()}"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 1 << 16,
            FileOptions.DeleteOnClose);
    }

    /// <summary>Opens the input at a byte offset already read (or at the end of what has been read).</summary>
    public Stream OpenAt(long offset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _spool.Length);
        return new Cursor(this, offset);
    }

    public void Dispose() => _spool.Dispose();

    /// <summary>Reads at <paramref name="position"/>: from the spool while it has the bytes, then from the live input, spooling them.</summary>
    private int ReadAt(long position, Span<byte> buffer)
    {
        long spooled = _spool.Length;
        if (position < spooled)
        {
            _spool.Position = position;
            return _spool.Read(buffer[..(int)Math.Min(buffer.Length, spooled - position)]);
        }

        if (_ended || buffer.IsEmpty)
        {
            return 0;
        }

        int read = _live.Read(buffer);
        if (read == 0)
        {
            _ended = true;
            return 0;
        }

        _spool.Position = spooled;
        _spool.Write(buffer[..read]);
        return read;
    }

    private sealed class Cursor(SpooledInput input, long position) : ReadOnlyStream
    {
        public override int Read(Span<byte> buffer)
        {
            int read = input.ReadAt(position, buffer);
            position += read;
            return read;
        }
    }
}
