using System.Globalization;
using System.Reflection;
using System.Text.Json;
using PostLint.Archives;
using PostLint.Rules;
using PostLint.Scoring;

namespace PostLint.Cli;

/// <summary>
/// The <c>sarif</c> format (SARIF 2.1.0), so a CI job can show findings inline. Every finding that adds points is a
/// result (level from its severity) at its region: for drafts, in the draft's own file; for JSON Lines and CSV, the
/// record's line in the archive (the span within the post's text is <c>properties.textRegion</c>); for other archives,
/// the record named as a logical location. A finding of conversation (negative points)
/// is an <c>informational</c> result; a post without findings that sell is one <c>pass</c> result; a record that
/// could not be read is an error result of <c>postlint.unreadable-record</c>. So every input record has at least one
/// result, carrying its 1-based number in <c>properties.record</c>. With <c>--summary</c>, the summary is the run's
/// <c>properties.summary</c>.
/// </summary>
internal sealed class SarifReportWriter : JsonOutput, IReportWriter
{
    private const string Unreadable = "postlint.unreadable-record";
    private const string Checked = "postlint.post-checked";

    private readonly ReportContext _context;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly string _inputUri;

    public SarifReportWriter(ReportContext context)
        : base(context.Output, indented: true)
    {
        _context = context;
        _inputUri = context.Input is null or "-" ? "stdin" : Uri(context.Input);
        Json.WriteStartObject();
        Json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        Json.WriteString("version", "2.1.0");
        Json.WriteStartArray("runs");
        Json.WriteStartObject();
        Json.WriteStartObject("tool");
        Json.WriteStartObject("driver");
        Json.WriteString("name", "PostLint");
        Json.WriteString("semanticVersion", typeof(PostLinter).Assembly.GetName().Version?.ToString(3));
        Json.WriteString("informationUri", "https://github.com/postlint/postlint");
        Json.WriteStartArray("rules");
        foreach (RuleDefinition rule in context.Linter.Rules)
        {
            WriteRule(rule.Id, rule.Message, rule.Suggestion, Level(rule.Severity));
        }

        WriteRule(Unreadable, "A record of the archive could not be read.", "Fix or remove the record; the error says what is wrong.", "error");
        WriteRule(Checked, "The post was checked and reads as conversation.", null, "none");
        Json.WriteEndArray();
        Json.WriteEndObject();
        Json.WriteEndObject();
        Json.WriteString("columnKind", "utf16CodeUnits");
        Json.WriteStartArray("results");
    }

    public void Write(int index, ArchiveRecord record, LintReport? report)
    {
        if (report is null)
        {
            Result(index, record, null, Unreadable, "error", null, record.Error!, null);
            Committed();
            return;
        }

        bool sells = false;
        foreach (Finding finding in report.Findings)
        {
            bool positive = finding.Contribution > 0;
            sells |= positive;
            string message = finding.Suggestion is null ? finding.Message : $"{finding.Message} {finding.Suggestion}";
            Result(index, record, report, finding.RuleId, positive ? Level(finding.Severity) : "none", positive ? null : "informational", message, finding);
        }

        if (!sells)
        {
            string message = string.Create(CultureInfo.InvariantCulture, $"Score {report.Score:0.#}/100: {report.Verdict.ToString().ToLowerInvariant()}.");
            Result(index, record, report, Checked, "none", "pass", message, null);
        }

        Committed();
    }

    public void End(AccountSummary? summary)
    {
        Json.WriteEndArray();
        Json.WriteStartArray("invocations");
        Json.WriteStartObject();
        Json.WriteBoolean("executionSuccessful", true);
        Json.WriteEndObject();
        Json.WriteEndArray();
        if (summary is not null)
        {
            Json.WriteStartObject("properties");
            Json.WritePropertyName("summary");
            SummaryJson.Write(Json, summary);
            Json.WriteEndObject();
        }

        Json.WriteEndObject();
        Json.WriteEndArray();
        Json.WriteEndObject();
        EndLine();
    }

    /// <summary>A SARIF uri reference for a path: relative paths stay relative (with / and escapes), rooted ones become file URIs.</summary>
    internal static string Uri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        string[] segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = System.Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private void WriteRule(string id, string description, string? help, string level)
    {
        _ruleIndex[id] = _ruleIndex.Count;
        Json.WriteStartObject();
        Json.WriteString("id", id);
        Json.WriteStartObject("shortDescription");
        Json.WriteString("text", description);
        Json.WriteEndObject();
        if (help is not null)
        {
            Json.WriteStartObject("help");
            Json.WriteString("text", help);
            Json.WriteEndObject();
        }

        Json.WriteStartObject("defaultConfiguration");
        Json.WriteString("level", level);
        Json.WriteEndObject();
        Json.WriteEndObject();
    }

    /// <summary>Writes a finding's span as lines and columns of the post's text, with the matched text as the snippet.</summary>
    private void WriteTextRegion(string text, Finding finding)
    {
        TextPosition start = TextPosition.At(text, finding.Span.Start);
        TextPosition end = TextPosition.At(text, finding.Span.End);
        Json.WriteNumber("startLine", start.Line);
        Json.WriteNumber("startColumn", start.Column);
        Json.WriteNumber("endLine", end.Line);
        Json.WriteNumber("endColumn", end.Column);
        Json.WriteStartObject("snippet");
        Json.WriteString("text", finding.Match);
        Json.WriteEndObject();
    }

    private void Result(int index, ArchiveRecord record, LintReport? report, string ruleId, string level, string? kind, string message, Finding? finding)
    {
        Json.WriteStartObject();
        Json.WriteString("ruleId", ruleId);
        if (_ruleIndex.TryGetValue(ruleId, out int ruleIndex))
        {
            Json.WriteNumber("ruleIndex", ruleIndex);
        }

        if (kind is not null)
        {
            Json.WriteString("kind", kind);
        }

        Json.WriteString("level", level);
        Json.WriteStartObject("message");
        Json.WriteString("text", message);
        Json.WriteEndObject();
        Json.WriteStartArray("locations");
        Json.WriteStartObject();
        Json.WriteStartObject("physicalLocation");
        Json.WriteStartObject("artifactLocation");
        Json.WriteString("uri", _context.Drafts ? Uri(record.Position) : _inputUri);
        Json.WriteEndObject();
        if (_context.Drafts)
        {
            if (finding is { Span.IsEmpty: false } && report is not null)
            {
                Json.WriteStartObject("region");
                WriteTextRegion(report.Post.Text, finding);
                Json.WriteEndObject();
            }
        }
        else if (record.Line is int line)
        {
            // The record's line in the archive; columns there are of the escaped or quoted text, so the span within the
            // post goes in properties.textRegion.
            Json.WriteStartObject("region");
            Json.WriteNumber("startLine", line);
            if (finding is { Span.IsEmpty: false })
            {
                Json.WriteStartObject("snippet");
                Json.WriteString("text", finding.Match);
                Json.WriteEndObject();
            }

            Json.WriteEndObject();
        }

        Json.WriteEndObject();
        if (!_context.Drafts)
        {
            Json.WriteStartArray("logicalLocations");
            Json.WriteStartObject();
            Json.WriteString("name", record.Position);
            Json.WriteString("kind", "object");
            Json.WriteEndObject();
            Json.WriteEndArray();
        }

        Json.WriteEndObject();
        Json.WriteEndArray();
        Json.WriteStartObject("properties");
        Json.WriteNumber("record", index);
        Json.WriteString("position", record.Position);
        if (record.Id is { } id)
        {
            Json.WriteString("id", id);
        }

        if (report is not null)
        {
            Json.WriteNumber("score", Math.Round(report.Score, 2));
            Json.WriteString("verdict", report.Verdict.ToString().ToLowerInvariant());
        }

        if (finding is not null)
        {
            Json.WriteNumber("contribution", Math.Round(finding.Contribution, 2));
            if (!_context.Drafts && finding is { Span.IsEmpty: false } && report is not null)
            {
                Json.WriteStartObject("textRegion");
                WriteTextRegion(report.Post.Text, finding);
                Json.WriteEndObject();
            }
        }

        Json.WriteEndObject();
        Json.WriteEndObject();
    }
}
