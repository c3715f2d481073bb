namespace PostLint.Archives;

/// <summary>
/// Opens a post archive, whatever its format (<see cref="ArchiveFormat"/>), and streams its records: one
/// <see cref="ArchiveRecord"/> per input record, broken ones included, in input order.
/// </summary>
/// <remarks>
/// <para>The format is told from the content: a zip by its entries (<c>data/tweets.js</c>, <c>outbox.json</c>,
/// <c>Shares.csv</c>), <c>window.YTD.</c> for X, an ActivityStreams object for Mastodon, one JSON object per line for
/// JSON Lines, a CSV header with <c>ShareCommentary</c> for LinkedIn or with the text column for CSV, and a folder,
/// glob or <c>.txt</c>/<c>.md</c> file for drafts. Pass a format to skip detection.</para>
/// <para>Every reader streams: memory stays flat whatever the input's size (records over 4 MiB become errors). A
/// record that cannot be read (broken JSON, a broken CSV quote, bytes that are not UTF-8) becomes an error record
/// naming its position, and reading goes on; a cut JSON array or zip ends with an error record for the cut entry.</para>
/// <para>Thread-safe: the methods are static and share nothing. Each enumeration of a returned sequence opened from a
/// path reads the input anew.</para>
/// </remarks>
public static class ArchiveReader
{
    /// <summary>Gets every format, in the order detection tries them.</summary>
    public static IReadOnlyList<ArchiveFormat> Formats => FormatDetector.All;

    /// <summary>Tells the format of an archive from its content.</summary>
    /// <param name="path">A file, a folder or a glob.</param>
    /// <param name="options">The CSV column names; null for the defaults.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">There is no such file or folder.</exception>
    /// <exception cref="ArchiveFormatException">No format fits; the message names the formats tried.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static ArchiveFormat Detect(string path, ArchiveReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path) || (DraftsArchive.IsGlob(path) && !File.Exists(path)))
        {
            return ArchiveFormat.Drafts;
        }

        using FileStream file = OpenFile(path);
        byte[] head = ReadHead(file, out int length);
        return FormatDetector.Detect(head.AsSpan(0, length), path, options ?? new ArchiveReaderOptions(), () => ZipNames(file));
    }

    /// <summary>Opens an archive file, folder or glob.</summary>
    /// <param name="path">A file (or zip), a folder of drafts, or a glob (<c>drafts/**/*.md</c>).</param>
    /// <param name="format">The format; null to detect it from the content.</param>
    /// <param name="options">Column names, default platform and progress; null for the defaults.</param>
    /// <returns>The records, read lazily; each enumeration reads the input again.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">There is no such file or folder.</exception>
    /// <exception cref="ArchiveFormatException">The format cannot be told, or the input lacks what the format needs
    /// (a CSV without its text column, a zip without the format's file).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static IEnumerable<ArchiveRecord> Open(string path, ArchiveFormat? format = null, ArchiveReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new ArchiveReaderOptions();
        if (Directory.Exists(path) || (DraftsArchive.IsGlob(path) && !File.Exists(path)))
        {
            if (format is { } forced && forced != ArchiveFormat.Drafts)
            {
                throw new ArchiveFormatException($"{path}: a folder or glob can only be read as {FormatDetector.Describe(ArchiveFormat.Drafts)}", path, [forced]);
            }

            return DraftsArchive.Read(DraftsArchive.Files(path), options);
        }

        ArchiveFormat chosen;
        bool zip;
        using (FileStream file = OpenFile(path))
        {
            byte[] head = ReadHead(file, out int length);
            zip = ZipEntries.IsZip(head.AsSpan(0, length));
            chosen = format ?? FormatDetector.Detect(head.AsSpan(0, length), path, options, () => ZipNames(file));
            Validate(head.AsSpan(0, length), zip ? () => ZipNames(file) : null, path, chosen, options);
        }

        if (chosen == ArchiveFormat.Drafts)
        {
            return DraftsArchive.Read([(path.Replace('\\', '/'), path)], options);
        }

        return ReadFile(path, chosen, zip, options);
    }

    /// <summary>Reads an archive from a stream, such as standard input.</summary>
    /// <param name="stream">The input, read from its current position; not disposed. A zip needs a seekable stream.</param>
    /// <param name="name">The input's name, for positions and messages (<c>-</c>, <c>posts.jsonl</c>).</param>
    /// <param name="format">The format; null to detect it from the first bytes.</param>
    /// <param name="options">Column names and default platform; null for the defaults.</param>
    /// <returns>The records, read lazily; the sequence can be enumerated once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArchiveFormatException">The format cannot be told, or the input lacks what the format needs.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>A CSV read from a stream that cannot seek loses the lines a broken quote swallows (a file does not).</remarks>
    public static IEnumerable<ArchiveRecord> Open(Stream stream, string name, ArchiveFormat? format = null, ArchiveReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new ArchiveReaderOptions();
        long start = stream.CanSeek ? stream.Position : 0;
        byte[] head = ReadHead(stream, out int length);
        Func<List<string>>? zipNames = stream.CanSeek ? () => { stream.Position = start; return ZipNames(stream); } : null;
        ArchiveFormat chosen = format ?? FormatDetector.Detect(head.AsSpan(0, length), name, options, zipNames);
        bool zip = ZipEntries.IsZip(head.AsSpan(0, length));
        Validate(head.AsSpan(0, length), zip ? zipNames : null, name, chosen, options);
        if (stream.CanSeek)
        {
            stream.Position = start;
            return Read(stream, name, chosen, zip, options, reopen: null);
        }

        var live = new PrefixedStream(head, length, stream);
        return chosen is ArchiveFormat.Csv or ArchiveFormat.LinkedIn && !zip
            ? ReadSpooled(live, name, chosen, options)
            : Read(live, name, chosen, zip, options, reopen: null);
    }

    /// <summary>Reads a CSV from a forward-only stream through a spool, so a broken quote costs one record as in a file.</summary>
    private static IEnumerable<ArchiveRecord> ReadSpooled(Stream live, string name, ArchiveFormat format, ArchiveReaderOptions options)
    {
        using var spool = new SpooledInput(live);
        foreach (ArchiveRecord record in Read(spool.OpenAt(0), name, format, zip: false, options, spool.OpenAt))
        {
            yield return record;
        }
    }

    private static IEnumerable<ArchiveRecord> ReadFile(string path, ArchiveFormat format, bool zip, ArchiveReaderOptions options)
    {
        using FileStream file = OpenFile(path);
        Stream input = options.Progress is { } progress ? new ProgressStream(file, progress) : file;
        Func<long, Stream> reopen = offset =>
        {
            FileStream again = OpenFile(path);
            again.Position = offset;
            return again;
        };
        foreach (ArchiveRecord record in Read(input, Path.GetFileName(path), format, zip, options, reopen))
        {
            yield return record;
        }
    }

    private static IEnumerable<ArchiveRecord> Read(Stream input, string name, ArchiveFormat format, bool zip, ArchiveReaderOptions options, Func<long, Stream>? reopen)
    {
        if (!zip)
        {
            return ReadEntry(input, name, prefix: null, format, options, reopen);
        }

        if (!input.CanSeek)
        {
            throw new ArchiveFormatException($"{name}: a zip archive can only be read from a file", name, [format]);
        }

        return ReadZip(input, format, options);
    }

    private static IEnumerable<ArchiveRecord> ReadZip(Stream zip, ArchiveFormat format, ArchiveReaderOptions options)
    {
        foreach (ZipItem entry in ZipEntries.Open(zip, name => FormatDetector.Wanted(format, name)))
        {
            if (entry.Content is null)
            {
                yield return new ArchiveRecord(entry.Name, null, null, entry.Error);
                continue;
            }

            foreach (ArchiveRecord record in ReadEntry(entry.Content, entry.Name, entry.Name, format, options, entry.Reopen))
            {
                yield return record.Line is null ? record : record with { Line = null };   // a line of the entry, not of the zip
            }
        }
    }

    /// <summary>Reads one file of the format (a plain file, or a zip's entry).</summary>
    private static IEnumerable<ArchiveRecord> ReadEntry(Stream input, string name, string? prefix, ArchiveFormat format, ArchiveReaderOptions options, Func<long, Stream>? reopen) => format switch
    {
        ArchiveFormat.JsonLines => JsonLinesArchive.Read(input, options.DefaultPlatform),
        ArchiveFormat.Csv or ArchiveFormat.LinkedIn => CsvArchive.Read(new CsvRecordStream(input, reopen, format == ArchiveFormat.LinkedIn ? ',' : null), format, options, prefix),
        ArchiveFormat.X => XArchive.Read(input, name),
        ArchiveFormat.Mastodon => MastodonArchive.Read(input, name),
        _ => ReadWhole(input, name, options),
    };

    /// <summary>One draft from a stream: the whole content is the post.</summary>
    private static IEnumerable<ArchiveRecord> ReadWhole(Stream input, string name, ArchiveReaderOptions options)
    {
        using var reader = new StreamReader(input, ArchiveText.Utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = new char[ArchiveText.MaxRecordSize + 1];
        int length = reader.ReadBlock(text, 0, text.Length);
        string post = new(text, 0, Math.Min(length, ArchiveText.MaxRecordSize));
        yield return length > ArchiveText.MaxRecordSize ? ArchiveText.Error(name, name, ArchiveText.TooLong)
            : post.Contains(ArchiveText.InvalidMarker, StringComparison.Ordinal) ? ArchiveText.Error(name, name, ArchiveText.NotUtf8)
            : new ArchiveRecord(name, name, new Post(post, options.DefaultPlatform) { Id = name }, null);
    }

    /// <summary>Checks that the input has what the format needs: the CSV's text column, the zip's file.</summary>
    private static void Validate(ReadOnlySpan<byte> head, Func<List<string>>? zipNames, string name, ArchiveFormat format, ArchiveReaderOptions options)
    {
        string? problem = null;
        if (zipNames is not null)
        {
            if (format is ArchiveFormat.JsonLines or ArchiveFormat.Csv or ArchiveFormat.Drafts)
            {
                problem = $"a zip archive cannot be read as {FormatDetector.Describe(format)}";
            }
            else if (!zipNames().Exists(entry => FormatDetector.Wanted(format, entry)))
            {
                problem = $"the zip has no {(format == ArchiveFormat.X ? "data/tweets.js" : format == ArchiveFormat.Mastodon ? "outbox.json" : "Shares.csv")}";
            }
        }
        else if (format is ArchiveFormat.Csv or ArchiveFormat.LinkedIn)
        {
            problem = FormatDetector.CsvHeaderProblem(head, format, options);
        }

        if (problem is not null)
        {
            throw new ArchiveFormatException($"{name}: {problem}", name, [format]);
        }
    }

    private static FileStream OpenFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
    }

    private static byte[] ReadHead(Stream stream, out int length)
    {
        var head = new byte[FormatDetector.HeadSize];
        length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head;
    }

    private static List<string> ZipNames(Stream zip)
    {
        zip.Position = 0;
        return ZipEntries.Names(zip);
    }
}
