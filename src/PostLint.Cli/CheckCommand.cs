using System.CommandLine;
using System.Globalization;
using System.Text;
using PostLint.Archives;
using PostLint.Scoring;
using Spectre.Console;

namespace PostLint.Cli;

/// <summary><c>postlint check "TEXT"</c> and <c>postlint check --input ARCHIVE</c>.</summary>
internal static class CheckCommand
{
    /// <summary>The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    private const int Interrupted = 130;

    /// <summary>The output writer's buffer, in characters.</summary>
    private const int OutputBuffer = 1 << 16;

    private static readonly string[] s_formats = ["text", "json", "jsonl", "csv", "sarif", "html"];
    private static readonly string[] s_inputFormats = ["jsonl", "csv", "x", "twitter", "mastodon", "linkedin", "drafts"];

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The post to check. Omit it to read --input.", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string?>("--input", "-i") { Description = "An archive: JSON Lines, CSV, an X/Twitter archive (tweets.js or .zip), a Mastodon outbox (outbox.json or .zip), LinkedIn Shares.csv, a folder or quoted glob of .txt/.md drafts; - for standard input." };
        var inputFormat = new Option<string?>("--input-format") { Description = "Read the input as this format instead of telling it from the content: jsonl, csv, x, mastodon, linkedin, drafts." };
        inputFormat.AcceptOnlyFromAmong(s_inputFormats);
        var textColumn = new Option<string>("--text-column") { Description = "CSV column with the post's text.", DefaultValueFactory = _ => "text" };
        var idColumn = new Option<string>("--id-column") { Description = "CSV column with the post's id.", DefaultValueFactory = _ => "id" };
        var dateColumn = new Option<string>("--date-column") { Description = "CSV column with the post's date.", DefaultValueFactory = _ => "createdAt" };
        var platform = new Option<string?>("--platform", "-p") { Description = "Platform of the post(s): x, linkedin, facebook, instagram, mastodon, bluesky, threads." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text (for people), json (one document), jsonl (one line per record), csv, sarif (2.1.0, for CI) or html (one self-contained page).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(s_formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the output to this file instead of standard output." };
        var summary = new Option<bool>("--summary") { Description = "Add the account summary: promotional share overall and per month against the guideline, streaks, links, top rules." };
        var asOf = new Option<string?>("--as-of") { Description = "The date the summary's \"3 weeks ago\" counts from (ISO 8601; default: now), for reproducible reports." };
        var common = new CommonOptions();
        var command = new Command("check", "Score posts for self-promotion. Exit 0: none promotional; 1: some promotional; 2: usage, input or rule error, or nothing readable; 130: stopped by Ctrl-C.")
        {
            text, input, inputFormat, textColumn, idColumn, dateColumn, platform, format, output, summary, asOf,
        };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string? postText = parse.GetValue(text);
            string? inputPath = parse.GetValue(input);
            if ((postText is null) == (inputPath is null))
            {
                Console.Error.WriteLine("postlint: give either the post text or --input FILE (not both, not neither).");
                return ExitCodes.Usage;
            }

            Platform defaultPlatform = Platform.Unknown;
            if (parse.GetValue(platform) is { } platformName && !PlatformNames.TryParse(platformName, out defaultPlatform))
            {
                Console.Error.WriteLine($"postlint: unknown platform '{platformName}' (expected x, linkedin, facebook, instagram, mastodon, bluesky or threads).");
                return ExitCodes.Usage;
            }

            DateTimeOffset? summaryAsOf = null;
            if (parse.GetValue(asOf) is { } asOfText)
            {
                if (!DateTimeOffset.TryParse(asOfText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    Console.Error.WriteLine($"postlint: --as-of '{asOfText}' is not a date (use ISO 8601, such as 2024-06-30).");
                    return ExitCodes.Usage;
                }

                summaryAsOf = parsed;
            }

            PostLinter? linter = null;
            int built = CliErrors.Run(() =>
            {
                linter = common.BuildLinter(parse);
                return ExitCodes.Clean;
            });
            if (linter is null)
            {
                return built;
            }

            var readerOptions = new ArchiveReaderOptions
            {
                TextColumn = parse.GetValue(textColumn)!,
                IdColumn = parse.GetValue(idColumn)!,
                DateColumn = parse.GetValue(dateColumn)!,
                DefaultPlatform = defaultPlatform,
            };
            IEnumerable<ArchiveRecord> records;
            ArchiveFormat? archiveFormat = null;
            if (postText is not null)
            {
                records = [new ArchiveRecord("argument", null, new Post(postText, defaultPlatform), null)];
            }
            else if (!TryOpen(inputPath!, parse.GetValue(inputFormat), readerOptions, out records, out archiveFormat))
            {
                return ExitCodes.Usage;
            }

            // The guideline is the profile's of the export's own platform, else of --platform (--profile wins over both).
            Platform summaryPlatform = archiveFormat switch
            {
                ArchiveFormat.X => Platform.X,
                ArchiveFormat.Mastodon => Platform.Mastodon,
                ArchiveFormat.LinkedIn => Platform.LinkedIn,
                _ => defaultPlatform,
            };

            string? outputPath = parse.GetValue(output);
            TextWriter writer;
            try
            {
                // Large buffers and no flush per record: a redirected standard output is written like a file.
                writer = outputPath is not null ? new StreamWriter(outputPath, false, new UTF8Encoding(false), OutputBuffer)
                    : Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), OutputBuffer, leaveOpen: true)
                    : Console.Out;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"postlint: cannot write the output: {ex.Message}");
                return ExitCodes.Usage;
            }

            try
            {
                var summaryOptions = AccountSummaryOptions.ForProfile(linter.ProfileFor(summaryPlatform));
                bool drafts = archiveFormat == ArchiveFormat.Drafts;
                string outputFormat = parse.GetValue(format)!;
                bool summarize = parse.GetValue(summary) || outputFormat == "html";
                var run = new Run(linter, records, outputFormat, writer, inputPath, drafts, summarize ? summaryOptions : null, summaryAsOf);
                return CheckProgress.Run(inputPath is not null && CheckProgress.Wanted(outputPath), progress =>
                {
                    if (progress is not null)
                    {
                        readerOptions.Progress = progress;
                        if (inputPath == "-")
                        {
                            progress.Indeterminate();
                        }
                    }

                    return run.Execute(progress);
                });
            }
            finally
            {
                writer.Flush();
                if (!ReferenceEquals(writer, Console.Out))
                {
                    writer.Dispose();
                }
            }
        });
        return command;
    }

    /// <summary>Opens the input; on failure says why on standard error.</summary>
    private static bool TryOpen(string path, string? formatName, ArchiveReaderOptions options, out IEnumerable<ArchiveRecord> records, out ArchiveFormat? format)
    {
        ArchiveFormat? forced = formatName switch
        {
            null => null,
            "jsonl" => ArchiveFormat.JsonLines,
            "csv" => ArchiveFormat.Csv,
            "x" or "twitter" => ArchiveFormat.X,
            "mastodon" => ArchiveFormat.Mastodon,
            "linkedin" => ArchiveFormat.LinkedIn,
            _ => ArchiveFormat.Drafts,
        };
        records = [];
        format = forced;
        try
        {
            if (path == "-")
            {
                records = ArchiveReader.Open(Console.OpenStandardInput(), "-", forced, options);
            }
            else
            {
                format = forced ?? ArchiveReader.Detect(path, options);
                records = ArchiveReader.Open(path, format, options);
            }

            return true;
        }
        catch (ArchiveFormatException ex)
        {
            Console.Error.WriteLine($"postlint: {ex.Message}{(ex.FormatsTried.Count > 1 ? " Use --input-format to choose one." : ex.Message.Contains("column", StringComparison.Ordinal) ? " Name it with --text-column." : string.Empty)}");
        }
        catch (FileNotFoundException)
        {
            Console.Error.WriteLine($"postlint: cannot read {path}: no such file or folder");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"postlint: cannot read {path}: {ex.Message}");
        }

        return false;
    }

    /// <summary>One run: checks the records on every core, in order, and writes each as it comes.</summary>
    /// <param name="summary">The summary's options when one is wanted (asked for, or html), else null.</param>
    private sealed class Run(PostLinter linter, IEnumerable<ArchiveRecord> records, string format, TextWriter writer, string? input, bool drafts, AccountSummaryOptions? summary, DateTimeOffset? asOf)
    {
        public int Execute(CheckProgress? progress)
        {
            bool noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
            IAnsiConsole console = Consoles.Create(writer, terminal && !noColour, terminal);
            IAnsiConsole errors = Consoles.Create(Console.Error, !Console.IsErrorRedirected && !noColour, !Console.IsErrorRedirected);
            var context = new ReportContext(linter, writer, console, errors, input, drafts);
            AccountSummaryBuilder? builder = summary is null ? null : new AccountSummaryBuilder(summary);
            int index = 0, posts = 0, promotional = 0;
            bool interrupted = false;
            string? failure = null;
            using Interruption interruption = new();
            using (IReportWriter report = Create(format, context))
            {
                try
                {
                    foreach ((ArchiveRecord record, LintReport? result) in linter.CheckRecords(records))
                    {
                        report.Write(++index, record, result);
                        builder?.Add(record, result);
                        progress?.Wrote();
                        if (result is not null)
                        {
                            posts++;
                            promotional += result.Verdict == Verdict.Promotional ? 1 : 0;
                        }

                        if (interruption.Requested)
                        {
                            interrupted = true;
                            break;
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArchiveFormatException)
                {
                    failure = ex.Message;   // the input failed under us: close the output properly all the same
                }

                report.End(builder?.Build(asOf));
            }

            if (failure is not null)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"postlint: reading stopped after {index} records: {failure}"));
                return ExitCodes.Usage;
            }

            if (interrupted)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"postlint: interrupted: wrote {index} records and the summary so far."));
                return Interrupted;
            }

            if (posts == 0 && index > 0)
            {
                return ExitCodes.Usage;   // nothing could be read
            }

            return promotional > 0 ? ExitCodes.Promotional : ExitCodes.Clean;
        }

        private static IReportWriter Create(string format, ReportContext context) => format switch
        {
            "json" => new JsonReportWriter(context, lines: false),
            "jsonl" => new JsonReportWriter(context, lines: true),
            "csv" => new CsvReportWriter(context),
            "sarif" => new SarifReportWriter(context),
            "html" => new HtmlReportWriter(context),
            _ => new TextReportWriter(context),
        };
    }
}
