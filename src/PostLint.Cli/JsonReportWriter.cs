using System.Text.Json;
using PostLint.Archives;
using PostLint.Scoring;

namespace PostLint.Cli;

/// <summary>
/// The <c>json</c> format (one document: <c>{"posts": [...], "summary": {...}}</c>, the summary with <c>--summary</c>)
/// and the <c>jsonl</c> format (one line per record, then a <c>{"summary": {...}}</c> line with <c>--summary</c>).
/// </summary>
internal sealed class JsonReportWriter : JsonOutput, IReportWriter
{
    private readonly bool _lines;

    public JsonReportWriter(ReportContext context, bool lines)
        : base(context.Output, indented: !lines)
    {
        _lines = lines;
        if (!lines)
        {
            Json.WriteStartObject();
            Json.WriteStartArray("posts");
        }
    }

    public void Write(int index, ArchiveRecord record, LintReport? report)
    {
        if (report is null)
        {
            ReportJson.WriteError(Json, record);
        }
        else
        {
            ReportJson.Write(Json, report);
        }

        if (_lines)
        {
            EndLine();
        }
        else
        {
            Committed();
        }
    }

    public void End(AccountSummary? summary)
    {
        if (_lines)
        {
            if (summary is not null)
            {
                Json.WriteStartObject();
                Json.WritePropertyName("summary");
                SummaryJson.Write(Json, summary);
                Json.WriteEndObject();
                EndLine();
            }

            return;
        }

        Json.WriteEndArray();
        if (summary is not null)
        {
            Json.WritePropertyName("summary");
            SummaryJson.Write(Json, summary);
        }

        Json.WriteEndObject();
        EndLine();
    }
}
