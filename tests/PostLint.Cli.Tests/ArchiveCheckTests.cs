using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using CsvHelper;

namespace PostLint.Cli.Tests;

/// <summary><c>postlint check --input ARCHIVE</c>: every input format, every output format, the summary, bad input.</summary>
public sealed class ArchiveCheckTests
{
    private const int SignalInterrupt = 2;   // SIGINT
    private static readonly string s_rules = Cli.TempFile("cli-rules.yaml", Cli.Rules);

    /// <summary>Five records: a promotional post, a conversational one, a broken line, a promotional one, a line without text.</summary>
    private const string Mixed = """
        {"id":"a","text":"Fresh rye, buy now!","createdAt":"2024-05-01T10:00:00Z"}
        {"id":"b","text":"How is your starter doing?","createdAt":"2024-05-03T10:00:00Z"}
        not json
        {"id":"d","text":"buy now #a #b #c","createdAt":"2024-06-01T10:00:00Z"}
        {"id":"e"}

        """;

    private static readonly string s_mixed = Cli.TempFile("mixed.jsonl", Mixed.ReplaceLineEndings("\n"));

    [Theory]
    [InlineData("posts.jsonl", 4)]
    [InlineData("posts.csv", 3)]
    [InlineData("x-archive/data/tweets.js", 6)]
    [InlineData("x-archive", 6)]
    [InlineData("mastodon-export/outbox.json", 4)]
    [InlineData("mastodon-export", 4)]
    [InlineData("linkedin/Shares.csv", 3)]
    [InlineData("linkedin", 3)]
    [InlineData("drafts", 3)]
    public void Check_EveryInputFormat_WritesOneRecordPerInputRecord(string sample, int records)
    {
        string input = sample is "x-archive" or "mastodon-export" or "linkedin" ? Samples.Zip(sample, $"{sample}.zip") : Samples.Path(sample);
        Cli.Result result = Cli.Run("check", "-i", input, "-f", "jsonl", "--no-default-rules", "--rules", s_rules);
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(records, lines.Length);
        Assert.All(lines, line => Assert.False(JsonDocument.Parse(line).RootElement.TryGetProperty("error", out _), line));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("sarif")]
    [InlineData("html")]
    public void Check_EveryOutputFormat_WritesOneRecordPerInputRecord_ErrorsIncluded(string format)
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "-f", format, "--no-default-rules", "--rules", s_rules);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(5, CountRecords(format, result.Stdout));
    }

    [Fact]
    public void Check_JsonWithSummary_WritesThePostsThenTheDocumentedSummary()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "-f", "json", "--summary", "--as-of", "2024-06-30", "--no-default-rules", "--rules", s_rules);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(["posts", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, root.GetProperty("posts").GetArrayLength());
        JsonElement summary = root.GetProperty("summary");
        Assert.Equal(
            ["total", "promotional", "borderline", "conversation", "shares", "errors", "undated", "promoShare", "guideline", "overGuideline", "byMonth",
             "longestPromoStreak", "currentPromoStreak", "recent", "oldest", "newest", "lastPromotional", "lastConversation", "links", "topRules",
             "mostPromotional", "aboutNumbers", "insights"],
            summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, 2, 0, 1, 2), (summary.GetProperty("total").GetInt32(), summary.GetProperty("promotional").GetInt32(),
            summary.GetProperty("borderline").GetInt32(), summary.GetProperty("conversation").GetInt32(), summary.GetProperty("errors").GetInt32()));
        Assert.Equal((0.6667, 0.2), (summary.GetProperty("promoShare").GetDouble(), summary.GetProperty("guideline").GetDouble()));
        Assert.Equal(
            """[{"month":"2024-05","total":2,"promotional":1,"borderline":0,"conversation":1,"promoShare":0.5,"overGuideline":true},{"month":"2024-06","total":1,"promotional":1,"borderline":0,"conversation":0,"promoShare":1,"overGuideline":true}]""",
            Compact(summary.GetProperty("byMonth")));
        Assert.Equal((1, 1), (summary.GetProperty("longestPromoStreak").GetInt32(), summary.GetProperty("currentPromoStreak").GetInt32()));
        Assert.Equal("""{"own":0,"other":0,"shortened":0,"ownShare":0,"topDomains":[]}""", Compact(summary.GetProperty("links")));
        Assert.Equal("""[{"ruleId":"hard-sell.buy-now","count":2},{"ruleId":"walls.hashtags","count":1}]""", Compact(summary.GetProperty("topRules")));
        Assert.Equal(4, summary.GetProperty("mostPromotional")[0].GetProperty("record").GetInt32());
        Assert.Equal("Your last conversational post was 1 month ago.", summary.GetProperty("insights")[1].GetString());
    }

    [Theory]
    [InlineData("linkedin/Shares.csv", new string[0], 0.3)]
    [InlineData("posts.jsonl", new[] { "--platform", "facebook" }, 0.15)]
    [InlineData("linkedin/Shares.csv", new[] { "--profile", "facebook" }, 0.15)]
    public void Check_Summary_HoldsTheArchiveAgainstItsProfilesGuideline(string sample, string[] options, double guideline)
    {
        Cli.Result result = Cli.Run(["check", "-i", Samples.Path(sample), "-f", "json", "--summary", .. options]);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        Assert.Equal(guideline, document.RootElement.GetProperty("summary").GetProperty("guideline").GetDouble());
    }

    [Fact]
    public void Check_JsonlWithSummary_EndsWithOneSummaryLine()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "-f", "jsonl", "--summary", "--no-default-rules", "--rules", s_rules);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        using JsonDocument last = JsonDocument.Parse(lines[^1]);
        Assert.Equal(3, last.RootElement.GetProperty("summary").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Check_TextWithSummary_PrintsTheSummaryAndAChartAfterThePosts()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "--summary", "--as-of", "2024-06-30", "--no-default-rules", "--rules", s_rules);
        string output = result.Stdout.ReplaceLineEndings("\n");
        int summary = output.IndexOf("Account summary", StringComparison.Ordinal);
        Assert.True(summary > output.IndexOf("line 4 (id d)", StringComparison.Ordinal));
        Assert.Contains("  3 posts: 2 promotional (67%), 0 borderline, 1 conversation; 2 errors; guideline 20%\n", output, StringComparison.Ordinal);
        Assert.Contains("  • 2 of your 3 posts (67%) are promotional: more than the guideline of at most 1 in 5 (20%).\n", output, StringComparison.Ordinal);
        Assert.Contains("""
            Promotional share per month (│ marks the guideline, 20%)
              2024-05  ██████│████████░░░░░░░░░░░░░░░  50%  1 of 2
              2024-06  ██████│███████████████████████ 100%  1 of 1
            """.ReplaceLineEndings("\n"), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CsvWithSummary_KeepsTheTableAndPutsTheSummaryOnStandardError()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "-f", "csv", "--summary", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(5, CountRecords("csv", result.Stdout));
        Assert.StartsWith("record,position,id,platform,createdAt,score,verdict,profile,promoProbability,findings,rules,topRule,topMessage,shared,error,text\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1,line 1,a,unknown,2024-05-01T10:00:00+00:00,60,promotional,default,,1,hard-sell.buy-now,hard-sell.buy-now,\"\"\"buy now\"\" asks the reader to buy.\",,,\"Fresh rye, buy now!\"\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3,line 3,,,,,,,,,,,,,line 3: not valid JSON", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Account summary", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SarifOverDrafts_PointsEachFindingAtItsFileAndRegion()
    {
        string root = Directory.CreateTempSubdirectory("postlint-cli-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "drafts"));
        File.WriteAllText(Path.Combine(root, "drafts", "a.md"), "Fresh rye today.\r\nPlease 🍞 buy now!\n");
        File.WriteAllText(Path.Combine(root, "drafts", "b.txt"), "How was your weekend?");
        Cli.Result result = Cli.RunIn(root, null, "check", "-i", "drafts", "-f", "sarif", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(1, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement sarif = document.RootElement;
        Assert.Equal(("2.1.0", "https://json.schemastore.org/sarif-2.1.0.json"), (sarif.GetProperty("version").GetString(), sarif.GetProperty("$schema").GetString()));
        JsonElement run = sarif.GetProperty("runs")[0];
        JsonElement rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("""{"id":"hard-sell.buy-now","shortDescription":{"text":"\"{match}\" asks the reader to buy."},"help":{"text":"Promote how you help, not what you sell."},"defaultConfiguration":{"level":"warning"}}""", Compact(rule));
        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];
        Assert.Equal(2, results.Length);
        Assert.Equal(
            """{"ruleId":"hard-sell.buy-now","ruleIndex":0,"level":"warning","message":{"text":"\"buy now\" asks the reader to buy. Promote how you help, not what you sell."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"drafts/a.md"},"region":{"startLine":2,"startColumn":11,"endLine":2,"endColumn":18,"snippet":{"text":"buy now"}}}}],"properties":{"record":1,"position":"drafts/a.md","id":"drafts/a.md","score":60,"verdict":"promotional","contribution":60}}""",
            Compact(results[0]));
        Assert.Equal(("postlint.post-checked", "pass", "none", "drafts/b.txt"), (results[1].GetProperty("ruleId").GetString(), results[1].GetProperty("kind").GetString(),
            results[1].GetProperty("level").GetString(), results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
    }

    [Fact]
    public void Check_SarifOverAnArchive_NamesTheArchiveAndTheRecord()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "-f", "sarif", "--summary", "--no-default-rules", "--rules", s_rules);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement run = document.RootElement.GetProperty("runs")[0];
        JsonElement error = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "postlint.unreadable-record");
        JsonElement location = error.GetProperty("locations")[0];
        Assert.Equal(new Uri(s_mixed).AbsoluteUri, location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("""[{"name":"line 3","kind":"object"}]""", Compact(location.GetProperty("logicalLocations")));
        Assert.Equal("error", error.GetProperty("level").GetString());
        Assert.Equal(3, run.GetProperty("properties").GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal("""{"startLine":3}""", Compact(location.GetProperty("physicalLocation").GetProperty("region")));

        // A finding points at its record's line in the archive; the span within the post is properties.textRegion.
        JsonElement buyNow = run.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "hard-sell.buy-now" && r.GetProperty("properties").GetProperty("id").GetString() == "d");
        Assert.Equal(
            """{"startLine":4,"snippet":{"text":"buy now"}}""",
            Compact(buyNow.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")));
        Assert.Equal(
            """{"startLine":1,"startColumn":1,"endLine":1,"endColumn":8,"snippet":{"text":"buy now"}}""",
            Compact(buyNow.GetProperty("properties").GetProperty("textRegion")));
    }

    [Fact]
    public void Check_FileOfNoKnownFormat_ExitsTwoNamingTheFormatsTried()
    {
        string path = Cli.TempFile("notes.log", "some notes\nwith no structure\n");
        Cli.Result result = Cli.Run("check", "-i", path, "--no-default-rules", "--rules", s_rules);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"postlint: {path}: not a format PostLint reads. Tried: JSON Lines, CSV, X/Twitter archive (tweets.js or its .zip), Mastodon outbox (outbox.json or its .zip), "
            + "LinkedIn Shares.csv (or its .zip), .txt/.md drafts. Use --input-format to choose one.\n",
            result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Check_CsvWithOtherColumnNames_NeedsAndUsesTheColumnOptions()
    {
        string csv = Samples.Path("custom-columns.csv");
        Cli.Result refused = Cli.Run("check", "-i", csv, "--input-format", "csv", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(2, refused.ExitCode);
        Assert.EndsWith("the CSV header has no \"text\" column (columns: post_id, body, published) Name it with --text-column.\n", refused.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Cli.Result read = Cli.Run("check", "-i", csv, "--text-column", "body", "--id-column", "post_id", "--date-column", "published", "-f", "jsonl", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(1, read.ExitCode);
        Assert.StartsWith("""{"id":"k2","score":60,""", read.Stdout.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InputFormatForced_ReadsTheFileAsThatFormat()
    {
        string path = Cli.TempFile("posts.txt", "id,text\n1,buy now\n2,hello\n");
        Cli.Result asDraft = Cli.Run("check", "-i", path, "-f", "jsonl", "--no-default-rules", "--rules", s_rules);
        Assert.Single(asDraft.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Cli.Result asCsv = Cli.Run("check", "-i", path, "--input-format", "csv", "-f", "jsonl", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(["1", "2"], asCsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void Check_ArchiveWithNothingReadable_ExitsTwoWithTheErrorRecord()
    {
        string path = Cli.TempFile("tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {\"full_text\": \"cut her");
        Cli.Result result = Cli.Run("check", "-i", path, "-f", "jsonl", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("""{"id":null,"error":"tweets.js[0]: the file ends in the middle of this entry (cut off?)"}""" + "\n", result.Stdout);
    }

    [Fact]
    public void Check_AsOfThatIsNotADate_ExitsTwo()
    {
        Cli.Result result = Cli.Run("check", "-i", s_mixed, "--summary", "--as-of", "last tuesday", "--no-default-rules", "--rules", s_rules);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of 'last tuesday' is not a date", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CtrlC_WritesTheRecordsDoneAndTheSummarySoFar()
    {
        using Process process = Cli.Start(AppContext.BaseDirectory, "check", "-i", "-", "-f", "jsonl", "--summary", "--no-default-rules", "--rules", s_rules);
        var lines = new List<string>();
        var firstLine = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                firstLine.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        for (int i = 0; i < 3000; i++)
        {
            process.StandardInput.WriteLine($$"""{"id":"p{{i}}","text":"{{(i % 2 == 0 ? "buy now" : "hello")}}"}""");
        }

        process.StandardInput.Flush();
        await firstLine.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, Kill(process.Id, SignalInterrupt));   // what Ctrl-C sends

        await Task.Delay(300);   // let the signal land before more input arrives
        try
        {
            // Unblocks a run that waits for input; a run that stopped already has closed its end of the pipe.
            process.StandardInput.WriteLine("""{"id":"late","text":"hello"}""");
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "postlint did not stop");
        process.WaitForExit();
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("postlint: interrupted: wrote", await stderr, StringComparison.Ordinal);
        string[] records = [.. lines.SkipLast(1)];
        Assert.InRange(records.Length, 1, 3000);
        using JsonDocument summary = JsonDocument.Parse(lines[^1]);
        JsonElement figures = summary.RootElement.GetProperty("summary");
        Assert.Equal(records.Length, figures.GetProperty("total").GetInt32() + figures.GetProperty("errors").GetInt32());
        Assert.Equal($"p{records.Length - 1}", JsonDocument.Parse(records[^1]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Check_OnATerminal_ShowsAProgressBarOnStandardError()
    {
        string input = Cli.TempFile("many.jsonl", string.Concat(Enumerable.Range(0, 100_000).Select(i => $$"""{"id":"p{{i}}","text":"hello number {{i}}"}""" + "\n")));
        string output = Path.Combine(Path.GetDirectoryName(input)!, "out.jsonl");
        string command = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "PostLint.Cli.dll")}' check -i '{input}' -f jsonl -o '{output}' --no-default-rules --rules '{s_rules}'";
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"]) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        using Process script = Process.Start(start)!;
        string terminal = script.StandardOutput.ReadToEnd();
        Assert.True(script.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, script.ExitCode);
        Assert.Matches(@"Check(ing|ed [0-9,]+) .*\d+%", terminal);
        Assert.Equal(100_000, File.ReadLines(output).Count());
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int CountRecords(string format, string output)
    {
        switch (format)
        {
            case "text":
                return output.Split('\n').Count(l => l.StartsWith("line ", StringComparison.Ordinal) || l.StartsWith("error line ", StringComparison.Ordinal));
            case "json":
                using (JsonDocument json = JsonDocument.Parse(output))
                {
                    return json.RootElement.GetProperty("posts").GetArrayLength();
                }

            case "jsonl":
                return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            case "csv":
                using (CsvReader csv = CsvReader.Create(new StringReader(output)))
                {
                    int rows = 0;
                    while (csv.Read())
                    {
                        rows++;
                    }

                    return rows;
                }

            case "sarif":
                using (JsonDocument sarif = JsonDocument.Parse(output))
                {
                    return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                        .Select(r => r.GetProperty("properties").GetProperty("record").GetInt32()).Distinct().Count();
                }

            default:
                return output.Split("<tr class=\"record", StringSplitOptions.None).Length - 1;
        }
    }

    private static readonly JsonSerializerOptions s_compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element, s_compact);
}
