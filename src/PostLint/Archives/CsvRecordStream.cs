using System.Globalization;
using System.Text.Unicode;
using CsvHelper;

namespace PostLint.Archives;

/// <summary>
/// Streams the records of a CSV file with CsvHelper, one per input record, broken ones included. A record with broken
/// quoting becomes an error; when the broken quote swallowed the lines after it (a quote that is never closed, or one
/// closed lines later), reading starts again on the line after the broken record's first line, so one bad quote costs
/// one record and not the rest of the file. That needs an input that can be opened again at an offset (a file, a zip
/// entry, standard input through a <see cref="SpooledInput"/>); without one, the swallowed lines are lost and reading
/// stops at a record over the size cap.
/// </summary>
internal sealed class CsvRecordStream : IDisposable
{
    private readonly Func<long, Stream>? _reopen;
    private CsvReader _reader;
    private CsvReaderOptions _options;
    private long _baseOffset;
    private int _baseLine;
    private (long Line, CsvMalformedReason Reason)? _malformed;
    private (long Offset, int Line) _lastStart = (0, 1);

    /// <param name="stream">The input at its start; left open (its owner disposes it).</param>
    /// <param name="reopen">Opens the input again at a byte offset; null when it cannot be.</param>
    /// <param name="separator">The separator, or null to detect it from the first lines.</param>
    public CsvRecordStream(Stream stream, Func<long, Stream>? reopen, char? separator)
    {
        _reopen = reopen;
        _options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            Separator = separator,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = ArchiveText.MaxRecordSize,
            OnMalformedRecord = m => _malformed = (m.LineNumber, m.Reason),
        };
        _reader = CsvReader.Create(stream, _options, leaveOpen: true);
        try
        {
            Header = _reader.Headers.ToArray();
            _options = _options with { HasHeader = false, Separator = _reader.Separator };
        }
        catch (CsvFormatException)
        {
            Header = [];
        }
    }

    /// <summary>Gets the header's column names; empty when the input has none.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Finds a column by name, ignoring case; -1 when there is none.</summary>
    public int Column(string name)
    {
        for (int i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads the records after the header, lazily.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (Next(out CsvRow row, out Action? then))
        {
            yield return row;
            if (then is not null)
            {
                then();
            }
        }
    }

    /// <summary>Reads one record; <paramref name="then"/> resumes reading after a broken quote once the row is handed out.</summary>
    private bool Next(out CsvRow row, out Action? then)
    {
        then = null;
        _malformed = null;
        bool read;
        try
        {
            read = _reader.Read();
        }
        catch (CsvFormatException ex)
        {
            int badLine = _baseLine + (int)ex.LineNumber;
            row = new CsvRow(badLine, null, $"{ArchiveText.TooLong} (a quote that is never closed?)");
            if (_reopen is null)
            {
                _reader.Dispose();
                _reader = CsvReader.Create(Stream.Null, _options);   // cannot go past it: end here
            }
            else
            {
                (long Offset, int Line) from = _lastStart;
                then = () => ResumeAfter(from, badLine);
            }

            return true;
        }

        if (!read)
        {
            row = default;
            return false;
        }

        int line = _baseLine + (int)_reader.LineNumber;
        long start = _baseOffset + _reader.ByteOffset;
        ReadOnlySpan<byte> raw = _reader.RawRecord;
        if (_malformed is { } bad && bad.Line == _reader.LineNumber && bad.Reason != CsvMalformedReason.FieldCountMismatch)
        {
            int lineBreak = raw.IndexOfAny((byte)'\r', (byte)'\n');
            row = new CsvRow(line, null, Describe(bad.Reason, lineBreak >= 0));
            ResumeAfterFirstLine(raw, lineBreak, start, line, ref then);
            return true;
        }

        if (_reader.FieldCount != Header.Count)
        {
            // Over several lines, a wrong field count is most likely a quote closed lines later: read those lines again.
            int lineBreak = raw.IndexOfAny((byte)'\r', (byte)'\n');
            row = new CsvRow(line, null, string.Create(CultureInfo.InvariantCulture,
                $"has {_reader.FieldCount} fields, the header has {Header.Count}{(lineBreak >= 0 ? " (a broken quote?)" : string.Empty)}"));
            ResumeAfterFirstLine(raw, lineBreak, start, line, ref then);
            return true;
        }

        _lastStart = (start, line);
        row = Utf8.IsValid(raw) ? new CsvRow(line, _reader.Current.ToArray(), null) : new CsvRow(line, null, ArchiveText.NotUtf8);
        return true;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>For a record over several lines, plans to read again from its second line (when the input can be reopened).</summary>
    private void ResumeAfterFirstLine(ReadOnlySpan<byte> raw, int lineBreak, long start, int line, ref Action? then)
    {
        if (lineBreak < 0 || _reopen is null)
        {
            return;
        }

        long next = start + lineBreak + (raw[lineBreak] == '\r' && lineBreak + 1 < raw.Length && raw[lineBreak + 1] == '\n' ? 2 : 1);
        then = () => Resume(next, line + 1);
    }

    private static string Describe(CsvMalformedReason reason, bool swallowedLines) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quote)",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.TextAfterClosingQuote when swallowedLines => "a quoted field is not closed on its line (a broken quote)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field (a broken quote)",
        _ => "broken quoting",
    };

    /// <summary>Starts reading again at the start of a line, given its byte offset.</summary>
    private void Resume(long offset, int line)
    {
        _reader.Dispose();
        _reader = CsvReader.Create(_reopen!(offset), _options);
        _baseOffset = offset;
        _baseLine = line - 1;
    }

    /// <summary>Starts reading again on the line after <paramref name="badLine"/>, counting lines from a known record start.</summary>
    private void ResumeAfter((long Offset, int Line) from, int badLine)
    {
        long offset = from.Offset;
        int line = from.Line;
        using (Stream stream = _reopen!(offset))
        {
            bool afterCr = false;
            while (true)
            {
                int b = stream.ReadByte();
                if (afterCr)
                {
                    afterCr = false;
                    line++;
                    if (b == '\n')
                    {
                        offset++;
                        if (line > badLine)
                        {
                            break;
                        }

                        continue;
                    }

                    if (line > badLine)
                    {
                        break;   // a lone CR ended the line: b starts the next one
                    }
                }

                if (b < 0)
                {
                    break;   // the end: nothing after the broken record
                }

                offset++;
                if (b == '\r')
                {
                    afterCr = true;
                }
                else if (b == '\n' && ++line > badLine)
                {
                    break;
                }
            }
        }

        Resume(offset, line);
    }
}
