using System.Globalization;
using System.Text.Json;

namespace PostLint.Archives;

/// <summary>
/// Reads JSON Lines posts: one object per line with <c>text</c> (required), and optional <c>id</c>, <c>platform</c>,
/// <c>createdAt</c>, <c>lang</c> and <c>ownDomains</c>. Blank lines are skipped; every other line gives one record.
/// </summary>
/// <remarks>
/// Streams: one line in memory at a time; a line longer than 4 MiB becomes an error record without being held.
/// Thread-safe (static, no shared state). <see cref="ArchiveReader"/> opens files of this format by content.
/// </remarks>
public static class JsonLinesArchive
{
    /// <summary>Reads records from <paramref name="reader"/> lazily, in order.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="defaultPlatform">The platform of lines that name none.</param>
    /// <returns>One record per non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ArchiveRecord> Read(TextReader reader, Platform defaultPlatform = Platform.Unknown)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader, defaultPlatform);
    }

    private static IEnumerable<ArchiveRecord> ReadCore(TextReader reader, Platform defaultPlatform)
    {
        var lines = new LineReader(reader);
        while (lines.TryRead(out string? line))
        {
            if (line is null)
            {
                yield return ArchiveText.Error(ArchiveText.Line(lines.LineNumber), null, ArchiveText.TooLong) with { Line = lines.LineNumber };
            }
            else if (line.Contains(ArchiveText.InvalidMarker, StringComparison.Ordinal))
            {
                yield return ArchiveText.Error(ArchiveText.Line(lines.LineNumber), null, ArchiveText.NotUtf8) with { Line = lines.LineNumber };
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(line, lines.LineNumber, defaultPlatform) with { Line = lines.LineNumber };
            }
        }
    }

    /// <summary>Reads UTF-8 (or BOM-marked UTF-16) JSON Lines from a stream; a line that is not UTF-8 becomes an error record.</summary>
    internal static IEnumerable<ArchiveRecord> Read(Stream stream, Platform defaultPlatform)
    {
        using var reader = new StreamReader(stream, ArchiveText.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (ArchiveRecord record in ReadCore(reader, defaultPlatform))
        {
            yield return record;
        }
    }

    /// <summary>Parses one JSON Lines record.</summary>
    /// <param name="line">The line's text.</param>
    /// <param name="lineNumber">Its 1-based number, for messages.</param>
    /// <param name="defaultPlatform">The platform when the record names none.</param>
    /// <returns>The record: a post, or an error that names the line.</returns>
    public static ArchiveRecord ParseLine(string line, int lineNumber, Platform defaultPlatform = Platform.Unknown)
    {
        ArgumentNullException.ThrowIfNull(line);
        string position = string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ArchiveText.Error(position, null, $"not valid JSON ({Describe(ex)})");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ArchiveRecord(position, null, null, $"{position}: expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? id = root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
                : null;
            if (!root.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return new ArchiveRecord(position, id, null, textElement.ValueKind == JsonValueKind.Undefined
                    ? $"{position}: no \"text\" field"
                    : $"{position}: \"text\" must be a string, found {textElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            Platform platform = defaultPlatform;
            if (root.TryGetProperty("platform", out JsonElement platformElement) && platformElement.ValueKind == JsonValueKind.String)
            {
                if (!PlatformNames.TryParse(platformElement.GetString()!, out platform))
                {
                    return new ArchiveRecord(position, id, null, $"{position}: unknown platform \"{platformElement.GetString()}\"");
                }
            }

            DateTimeOffset? createdAt = null;
            if (root.TryGetProperty("createdAt", out JsonElement dateElement) && dateElement.ValueKind == JsonValueKind.String)
            {
                if (!ArchiveText.TryParseDate(dateElement.GetString()!, out DateTimeOffset parsed))
                {
                    return new ArchiveRecord(position, id, null, $"{position}: \"createdAt\" is not a date: \"{dateElement.GetString()}\"");
                }

                createdAt = parsed;
            }

            string? language = root.TryGetProperty("lang", out JsonElement langElement) && langElement.ValueKind == JsonValueKind.String ? langElement.GetString() : null;
            var own = new List<string>();
            if (root.TryGetProperty("ownDomains", out JsonElement ownElement) && ownElement.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in ownElement.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        own.Add(item.GetString()!.ToLowerInvariant());
                    }
                }
            }

            var post = new Post(textElement.GetString()!, platform) { Id = id, CreatedAt = createdAt, Language = language, OwnDomains = own };
            return new ArchiveRecord(position, id, post, null);
        }
    }

    private static string Describe(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.') : message.TrimEnd('.');
    }
}
