namespace PostLint.Archives;

/// <summary>
/// Maps CSV records to posts: a generic CSV with a header (text, id, date and platform columns) and the LinkedIn
/// export's <c>Shares.csv</c> (<c>Date</c>, <c>ShareLink</c>, <c>ShareCommentary</c>, <c>SharedUrl</c>, ...).
/// </summary>
internal static class CsvArchive
{
    public const string LinkedInText = "ShareCommentary";

    /// <summary>The columns of a generic CSV, or why the header does not fit.</summary>
    public static string? CheckHeader(CsvRecordStream csv, ArchiveFormat format, ArchiveReaderOptions options)
    {
        string text = format == ArchiveFormat.LinkedIn ? LinkedInText : options.TextColumn;
        if (csv.Column(text) >= 0)
        {
            return null;
        }

        return csv.Header.Count == 0
            ? "the CSV has no header row"
            : $"the CSV header has no \"{text}\" column (columns: {string.Join(", ", csv.Header)})";
    }

    /// <summary>Reads the posts of a CSV, one record per input record.</summary>
    /// <param name="csv">The records; disposed when the enumeration ends.</param>
    /// <param name="format"><see cref="ArchiveFormat.Csv"/> or <see cref="ArchiveFormat.LinkedIn"/>.</param>
    /// <param name="options">Column names and the default platform.</param>
    /// <param name="prefix">Put before positions (an entry of a zip: <c>Shares.csv</c>), or null.</param>
    public static IEnumerable<ArchiveRecord> Read(CsvRecordStream csv, ArchiveFormat format, ArchiveReaderOptions options, string? prefix)
    {
        using (csv)
        {
            bool linkedIn = format == ArchiveFormat.LinkedIn;
            int text = csv.Column(linkedIn ? LinkedInText : options.TextColumn);
            if (text < 0)
            {
                throw new ArchiveFormatException(CheckHeader(csv, format, options)!, prefix ?? "CSV", [format]);
            }

            string dateName = linkedIn ? "Date" : options.DateColumn;
            int id = csv.Column(linkedIn ? "ShareLink" : options.IdColumn);
            int date = csv.Column(dateName);
            int platform = linkedIn ? -1 : csv.Column("platform");
            int sharedUrl = linkedIn ? csv.Column("SharedUrl") : -1;
            foreach (CsvRow row in csv.Rows())
            {
                ArchiveRecord record = Map(row);
                yield return prefix is null ? record with { Line = row.Line } : record;
            }

            ArchiveRecord Map(CsvRow row)
            {
                string position = prefix is null ? ArchiveText.Line(row.Line) : $"{prefix} {ArchiveText.Line(row.Line)}";
                if (row.Fields is not { } fields)
                {
                    return ArchiveText.Error(position, null, row.Error!);
                }

                string? recordId = id >= 0 && fields[id].Length > 0 ? fields[id] : null;
                DateTimeOffset? createdAt = null;
                if (date >= 0 && fields[date].Length > 0)
                {
                    if (!ArchiveText.TryParseDate(fields[date], out DateTimeOffset parsed))
                    {
                        return ArchiveText.Error(position, recordId, $"\"{dateName}\" is not a date: \"{fields[date]}\"");
                    }

                    createdAt = parsed;
                }

                Platform recordPlatform = linkedIn ? Platform.LinkedIn : options.DefaultPlatform;
                if (platform >= 0 && fields[platform].Length > 0 && !PlatformNames.TryParse(fields[platform], out recordPlatform))
                {
                    return ArchiveText.Error(position, recordId, $"unknown platform \"{fields[platform]}\"");
                }

                string body = fields[text];
                if (sharedUrl >= 0 && fields[sharedUrl] is { Length: > 0 } url && !body.Contains(url, StringComparison.Ordinal))
                {
                    body = body.Length == 0 ? url : $"{body}\n{url}";   // the shared link is part of what readers see
                }

                return new ArchiveRecord(position, recordId, new Post(body, recordPlatform) { Id = recordId, CreatedAt = createdAt }, null);
            }
        }
    }
}
