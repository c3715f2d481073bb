using System.IO.Compression;
using System.Text;
using PostLint.Archives;

namespace PostLint.Tests.Archives;

public sealed class ArchiveReaderTests
{
    private static readonly DateTimeOffset s_june3 = new(2024, 6, 3, 9, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("posts.jsonl", ArchiveFormat.JsonLines)]
    [InlineData("posts.csv", ArchiveFormat.Csv)]
    [InlineData("x-archive/data/tweets.js", ArchiveFormat.X)]
    [InlineData("mastodon-export/outbox.json", ArchiveFormat.Mastodon)]
    [InlineData("linkedin/Shares.csv", ArchiveFormat.LinkedIn)]
    [InlineData("drafts", ArchiveFormat.Drafts)]
    [InlineData("drafts/question.txt", ArchiveFormat.Drafts)]
    public void Detect_Sample_TellsTheFormatFromTheContent(string sample, ArchiveFormat expected) =>
        Assert.Equal(expected, ArchiveReader.Detect(Samples.Path(sample)));

    [Theory]
    [InlineData("x-archive", ArchiveFormat.X)]
    [InlineData("mastodon-export", ArchiveFormat.Mastodon)]
    [InlineData("linkedin", ArchiveFormat.LinkedIn)]
    public void Detect_ZippedExport_TellsTheFormatFromTheEntries(string folder, ArchiveFormat expected) =>
        Assert.Equal(expected, ArchiveReader.Detect(Samples.Zip(folder, "export.zip")));

    [Fact]
    public void Detect_JsonLinesWhoseFirstLineIsBroken_IsStillJsonLines() =>
        Assert.Equal(ArchiveFormat.JsonLines, ArchiveReader.Detect(Samples.Write("export", "oops, not json\n{\"text\":\"hi\"}\n")));

    [Fact]
    public void Detect_PlainText_ThrowsNamingEveryFormatTried()
    {
        string path = Samples.Write("notes.log", "just some notes\nwithout any structure\n");
        ArchiveFormatException ex = Assert.Throws<ArchiveFormatException>(() => ArchiveReader.Detect(path));
        Assert.Equal(
            $"{path}: not a format PostLint reads. Tried: JSON Lines, CSV, X/Twitter archive (tweets.js or its .zip), "
            + "Mastodon outbox (outbox.json or its .zip), LinkedIn Shares.csv (or its .zip), .txt/.md drafts.",
            ex.Message);
        Assert.Equal(ArchiveReader.Formats, ex.FormatsTried);
    }

    [Theory]
    [InlineData("posts.json", "[{\"text\":\"hi\"}]", "a JSON array (JSON Lines needs one object per line)")]
    [InlineData("table.csv", "name,body\nx,hello\n", "the CSV header has no \"text\" column (columns: name, body)")]
    [InlineData("empty.jsonl", "", "it is empty")]
    [InlineData("other.zip", null, "a zip with no data/tweets.js, outbox.json or Shares.csv")]
    public void Detect_NearMiss_SaysWhatIsMissing(string name, string? content, string why)
    {
        string path;
        if (content is null)
        {
            path = Path.Combine(Samples.TempDir(), name);
            using ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }
        else
        {
            path = Samples.Write(name, content);
        }

        ArchiveFormatException ex = Assert.Throws<ArchiveFormatException>(() => ArchiveReader.Open(path));
        Assert.StartsWith($"{path}: not a format PostLint reads ({why}). Tried: JSON Lines, CSV,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => ArchiveReader.Open(Path.Combine(Samples.TempDir(), "nope.jsonl")));

    [Fact]
    public void Open_JsonLines_ReadsEveryFieldInOrder()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("posts.jsonl"))];
        Assert.Equal(["line 1", "line 2", "line 3", "line 4"], records.Select(r => r.Position));
        Post first = records[0].Post!;
        Assert.Equal(("j1", Platform.Instagram, new DateTimeOffset(2024, 3, 2, 9, 0, 0, TimeSpan.Zero)), (first.Id, first.Platform, first.CreatedAt!.Value));
        Assert.Equal(["bakehouse.example"], first.OwnDomains);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 7, 45, 0, TimeSpan.FromHours(2)), records[2].Post!.CreatedAt);
        Assert.Equal("en", records[3].Post!.Language);
    }

    [Fact]
    public void Open_JsonLinesWithALineThatIsNotUtf8_GivesAnErrorForThatLineOnly()
    {
        string text = File.ReadAllText(Samples.Path("posts.jsonl"));
        string path = Samples.Write("bad.jsonl", Samples.WithInvalidUtf8(text, "starter alive"));
        ArchiveRecord[] records = [.. ArchiveReader.Open(path)];
        Assert.Equal(4, records.Length);
        Assert.Equal("line 2: not valid UTF-8", records[1].Error);
        Assert.All(records.Where((_, i) => i != 1), r => Assert.True(r.IsPost));
    }

    [Fact]
    public void LineReader_LineOverTheCap_IsReportedWithoutBeingHeld()
    {
        var lines = new LineReader(new StringReader("short\r\n" + new string('x', 50) + "\rlast"), maxLength: 20);
        Assert.True(lines.TryRead(out string? first));
        Assert.Equal("short", first);
        Assert.True(lines.TryRead(out string? tooLong));
        Assert.Null(tooLong);
        Assert.True(lines.TryRead(out string? last));
        Assert.Equal(("last", 3), (last, lines.LineNumber));
        Assert.False(lines.TryRead(out _));
    }

    [Fact]
    public void Open_Csv_ReadsQuotedMultilineFieldsDatesAndPlatforms()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("posts.csv"), options: new ArchiveReaderOptions { DefaultPlatform = Platform.Threads })];
        Assert.Equal(["line 2", "line 3", "line 4"], records.Select(r => r.Position));
        Assert.Equal([Platform.Instagram, Platform.Threads, Platform.X], records.Select(r => r.Post!.Platform));
        Assert.Equal("A post on two lines:\nthe crumb, and the crust \"ear\" we chase", records[2].Post!.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero), records[2].Post!.CreatedAt);
        Assert.Equal("c3", records[2].Id);
    }

    [Fact]
    public void Open_CsvWithOtherColumnNamesAndSemicolons_ReadsTheNamedColumns()
    {
        var options = new ArchiveReaderOptions { TextColumn = "body", IdColumn = "post_id", DateColumn = "published" };
        Assert.Equal(ArchiveFormat.Csv, ArchiveReader.Detect(Samples.Path("custom-columns.csv"), options));
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("custom-columns.csv"), options: options)];
        Assert.Equal(["k1", "k2"], records.Select(r => r.Id));
        Assert.Equal("Last chance: buy now, 30% off; offer ends tonight!", records[1].Post!.Text);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 12, 0, 0, TimeSpan.Zero), records[1].Post!.CreatedAt);
    }

    [Fact]
    public void Open_CsvForcedWithoutItsTextColumn_ThrowsNamingTheColumns()
    {
        ArchiveFormatException ex = Assert.Throws<ArchiveFormatException>(() => ArchiveReader.Open(Samples.Path("custom-columns.csv"), ArchiveFormat.Csv));
        Assert.Equal($"{Samples.Path("custom-columns.csv")}: the CSV header has no \"text\" column (columns: post_id, body, published)", ex.Message);
    }

    [Fact]
    public void Open_CsvWithBrokenQuotes_GivesOneErrorPerBrokenRowAndReadsTheRest()
    {
        string path = Samples.Write("broken.csv", """
            id,text
            1,fine
            2,"never closed
            3,after the broken one
            4,"text"after the quote
            5,a stray "quote" inside
            6,"closed two lines
            later",x
            7,last
            8,"open to the end
            9,still read
            """.ReplaceLineEndings("\n") + "\n");
        string[] expected =
        [
            "line 2 post 1",
            "line 3: a quoted field is not closed on its line (a broken quote)",
            "line 4 post 3",
            "line 5: text after the closing quote of a field (a broken quote)",
            "line 6: a quote inside an unquoted field (quote the whole field and double the quote)",
            "line 7: has 3 fields, the header has 2 (a broken quote?)",
            "line 8: a quote inside an unquoted field (quote the whole field and double the quote)",
            "line 9 post 7",
            "line 10: a quoted field is never closed",
            "line 11 post 9",
        ];
        Assert.Equal(expected, ArchiveReader.Open(path).Select(r => r.Error ?? $"{r.Position} post {r.Id}"));
    }

    [Fact]
    public void Open_CsvFromAStreamThatCannotSeek_LosesNoRecordToABrokenQuote()
    {
        // Standard input cannot be reopened: what was read is spooled, so the swallowed lines are read again as from a file.
        byte[] csv = Encoding.UTF8.GetBytes("id,text\n1,fine\n2,\"never closed\n3,swallowed\n4,\"x\"y\n5,\"closed two lines\nlater\",x\n6,last\n7,\"open to the end\n8,still read\n");
        string path = Samples.Write("broken-stdin.csv", Encoding.UTF8.GetString(csv));
        using var stream = new ForwardOnlyStream(csv);
        string[] read = [.. ArchiveReader.Open(stream, "-").Select(r => r.Error ?? $"{r.Position} post {r.Id}")];
        Assert.Equal(ArchiveReader.Open(path).Select(r => r.Error ?? $"{r.Position} post {r.Id}"), read);
        Assert.Equal(["line 2 post 1", "line 4 post 3", "line 8 post 6", "line 10 post 8"], read.Where(r => r.Contains("post", StringComparison.Ordinal)));
        Assert.Equal(9, read.Length);
    }

    [Fact]
    public void Open_CsvFromAStreamThatCannotSeek_LeavesNoSpoolFileBehind()
    {
        string[] before = Directory.GetFiles(Path.GetTempPath(), "postlint-*");
        using (var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes("id,text\n1,\"never closed\n2,b\n")))
        {
            Assert.Equal(["line 2", "line 3"], ArchiveReader.Open(stream, "-").Select(r => r.Position));
        }

        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "postlint-*"));
    }

    [Fact]
    public void Open_LineBasedFiles_GiveEachRecordItsLine_OtherFormatsNone()
    {
        string jsonl = Samples.Write("lines.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n\nnot json\n{\"id\":\"c\",\"text\":\"two\"}\n");
        Assert.Equal([1, 3, 4], ArchiveReader.Open(jsonl).Select(r => r.Line));
        string csv = Samples.Write("lines.csv", "id,text\n1,\"two\nlines\"\n2,three\n");
        Assert.Equal([2, 4], ArchiveReader.Open(csv).Select(r => r.Line));
        Assert.All(ArchiveReader.Open(Samples.Path("x-archive/data/tweets.js")), r => Assert.Null(r.Line));
        Assert.All(ArchiveReader.Open(Samples.Zip("linkedin", "Basic_LinkedInDataExport.zip")), r => Assert.Null(r.Line));
    }

    [Fact]
    public void Open_CsvRowThatIsNotUtf8_GivesAnErrorForThatRowOnly()
    {
        string path = Samples.Write("bad.csv", Samples.WithInvalidUtf8(File.ReadAllText(Samples.Path("posts.csv")), "keep a starter"));
        Assert.Equal(["c1", "line 3: not valid UTF-8", "c3"], ArchiveReader.Open(path).Select(r => r.Error ?? r.Id!));
    }

    [Fact]
    public void Open_XTweetsJs_ReadsFullTextWithExpandedLinksDatesAndRetweets()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("x-archive/data/tweets.js"))];
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"tweets.js[{i}]"), records.Select(r => r.Position));
        Post first = records[0].Post!;
        Assert.Equal("Only 3 loaves left! 20% off with code RYE20, buy now before they're gone #sourdough https://bakehouse.example/shop/rye", first.Text);
        Assert.Equal(("1797000000000000006", Platform.X, s_june3, "en"), (first.Id, first.Platform, first.CreatedAt!.Value, first.Language));
        Assert.Equal("@crumb_club_demo", records[1].Post!.SharedFrom);
        Assert.Contains("https://crumbclub.example/notes/rye-starter", records[1].Post!.Text, StringComparison.Ordinal);
        Assert.Equal("@crumb_club_demo How long do you proof yours in summer? Mine over-proofed twice this week & I'm out of ideas.", records[2].Post!.Text);
        Assert.Equal("Morning bake is out of the oven. What's everyone baking this weekend?", records[3].Post!.Text);
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Null(records[0].Post!.SharedFrom);
    }

    [Fact]
    public void Open_XArchiveZip_ReadsDataTweetsJsOnly()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Zip("x-archive", "twitter-2024-06-05.zip"))];
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"data/tweets.js[{i}]"), records.Select(r => r.Position));
    }

    [Fact]
    public void Open_XTweetsJsCutInTheMiddle_GivesEveryWholeTweetThenAnErrorForTheCutOne()
    {
        string text = File.ReadAllText(Samples.Path("x-archive/data/tweets.js"));
        string path = Samples.Write("tweets.js", text[..text.IndexOf("Morning bake", StringComparison.Ordinal)]);
        string[] read = [.. ArchiveReader.Open(path).Select(r => r.Error ?? r.Position)];
        Assert.Equal(["tweets.js[0]", "tweets.js[1]", "tweets.js[2]", "tweets.js[3]: the file ends in the middle of this entry (cut off?)"], read);
    }

    [Fact]
    public void Open_XTweetsJsWithBrokenJson_StopsWithAnErrorNamingTheTweet()
    {
        string text = File.ReadAllText(Samples.Path("x-archive/data/tweets.js"));
        string path = Samples.Write("tweets.js", text.Replace("\"favorite_count\" : \"2\",", "\"favorite_count\" : \"2\" oops,", StringComparison.Ordinal));
        string[] read = [.. ArchiveReader.Open(path).Select(r => r.Error ?? r.Position)];
        Assert.Equal(3, read.Length);
        Assert.StartsWith("tweets.js[2]: not valid JSON ('o' is invalid after a value", read[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Open_XTweetThatIsNotUtf8_GivesAnErrorForThatTweetAndReadsTheOthers()
    {
        string text = File.ReadAllText(Samples.Path("x-archive/data/tweets.js"));
        string path = Samples.Write("tweets.js", Samples.WithInvalidUtf8(text, "Morning bake"));
        string[] read = [.. ArchiveReader.Open(path).Select(r => r.Error ?? r.Position)];
        Assert.Equal(6, read.Length);
        Assert.Equal("tweets.js[3]: not valid UTF-8", read[3]);
        Assert.Equal("tweets.js[5]", read[5]);
    }

    [Fact]
    public void Open_TruncatedXZip_ReadsTheTweetsBeforeTheCutAndNamesTheCutEntry()
    {
        byte[] tweets = File.ReadAllBytes(Samples.Path("x-archive/data/tweets.js"));
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream entry = archive.CreateEntry("data/tweets.js", CompressionLevel.NoCompression).Open();
            entry.Write(tweets);
        }

        int cut = zip.ToArray().AsSpan().IndexOf("Morning bake"u8);
        string path = Samples.Write("twitter.zip", zip.ToArray()[..cut]);
        Assert.Equal(ArchiveFormat.X, ArchiveReader.Detect(path));
        string[] read = [.. ArchiveReader.Open(path).Select(r => r.Error ?? r.Position)];
        Assert.Equal(["data/tweets.js[0]", "data/tweets.js[1]", "data/tweets.js[2]", "data/tweets.js[3]: the file ends in the middle of this entry (cut off?)"], read);
    }

    [Fact]
    public void Open_ZipCutAfterTheTweets_ReadsEveryTweet()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntryFromFile(Samples.Path("x-archive/data/tweets.js"), "data/tweets.js");
            using Stream media = archive.CreateEntry("data/tweets_media/photo.jpg", CompressionLevel.NoCompression).Open();
            media.Write(new byte[100_000]);
        }

        string path = Samples.Write("twitter.zip", zip.ToArray()[..(int)(zip.Length / 2)]);
        Assert.Equal(6, ArchiveReader.Open(path).Count(r => r.IsPost));
    }

    [Fact]
    public void Open_MastodonOutbox_ReadsPostsAsTextAndBoostsAsShares()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("mastodon-export/outbox.json"))];
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"outbox.json[{i}]"), records.Select(r => r.Position));
        Assert.Equal("Does anyone else feed their starter rye flour only? Curious what @crumbclub thinks.", records[0].Post!.Text);
        Assert.Equal(("https://social.example/users/bakehouse/statuses/112100000000000001", "en", Platform.Mastodon),
            (records[0].Id, records[0].Post!.Language, records[0].Post!.Platform));
        Post boost = records[1].Post!;
        Assert.Equal("https://other.example/users/miller/statuses/112199999999999999", boost.SharedFrom);
        Assert.Equal(boost.SharedFrom, boost.Text);
        Assert.Equal(new DateTimeOffset(2024, 4, 20, 12, 30, 0, TimeSpan.Zero), boost.CreatedAt);
        Assert.Equal("New: sourdough starter kits! 25% off this week only. Order now 👉 https://bakehouse.example/kits\n\n#sourdough #bakery", records[2].Post!.Text);
        Assert.Equal("bread opinions\n\nHot take: most loaves fail at shaping, not proofing.\nTell me why I'm wrong & what you'd change.", records[3].Post!.Text);
        Assert.Equal("de", records[3].Post!.Language);
    }

    [Fact]
    public void Open_MastodonZip_ReadsTheOutbox() =>
        Assert.Equal(4, ArchiveReader.Open(Samples.Zip("mastodon-export", "archive-20240605.zip")).Count(r => r.IsPost));

    [Fact]
    public void Open_MastodonOutboxWithOtherActivitiesAndACut_KeepsGoingThenStops()
    {
        string text = File.ReadAllText(Samples.Path("mastodon-export/outbox.json"))
            .Replace("\"type\": \"Announce\"", "\"type\": \"Like\"", StringComparison.Ordinal);
        string path = Samples.Write("outbox.json", text[..text.IndexOf("Hot take", StringComparison.Ordinal)]);
        string[] read = [.. ArchiveReader.Open(path).Select(r => r.Error ?? r.Position)];
        Assert.Equal(
            [
                "outbox.json[0]",
                "outbox.json[1]: a \"Like\" activity is not a post",
                "outbox.json[2]",
                "outbox.json[3]: the file ends in the middle of this entry (cut off?)",
            ],
            read);
    }

    [Fact]
    public void Open_LinkedInShares_ReadsCommentaryDatesAndSharedLinks()
    {
        ArchiveRecord[] records = [.. ArchiveReader.Open(Samples.Path("linkedin/Shares.csv"))];
        Assert.Equal(["line 2", "line 5", "line 6"], records.Select(r => r.Position));
        Assert.All(records, r => Assert.Equal(Platform.LinkedIn, r.Post!.Platform));
        Assert.EndsWith("#catering #bakery\nhttps://bakehouse.example/catering", records[0].Post!.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 5, 21, 8, 2, 11, TimeSpan.Zero), records[0].Post!.CreatedAt);
        Assert.Equal("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7198000000000000001", records[0].Id);
        Assert.Contains("every \"small\" detail helps", records[1].Post!.Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example/articles/grain-prices-2024", records[2].Post!.Text);
    }

    [Fact]
    public void Open_LinkedInExportZip_NamesTheEntryInPositions() =>
        Assert.Equal(["Shares.csv line 2", "Shares.csv line 5", "Shares.csv line 6"],
            ArchiveReader.Open(Samples.Zip("linkedin", "Basic_LinkedInDataExport.zip")).Select(r => r.Position));

    [Fact]
    public void Open_DraftsFolder_ReadsTxtAndMdFilesInPathOrder_SkippingHiddenAndOtherFiles()
    {
        string root = CopyDrafts();
        Directory.CreateDirectory(Path.Combine(root, ".cache"));
        File.WriteAllText(Path.Combine(root, ".cache", "old.md"), "not a draft");
        ArchiveRecord[] records = [.. ArchiveReader.Open(root)];
        string shown = root.Replace('\\', '/');
        Assert.Equal([$"{shown}/2024-06-launch.md", $"{shown}/ideas/rye.md", $"{shown}/question.txt"], records.Select(r => r.Position));
        Assert.Equal(File.ReadAllText(Path.Combine(root, "ideas", "rye.md")), records[1].Post!.Text);
        Assert.Equal(records[1].Position, records[1].Post!.Id);
    }

    [Theory]
    [InlineData("**/*.md", new[] { "2024-06-launch.md", "ideas/rye.md" })]
    [InlineData("*.txt", new[] { "question.txt" })]
    [InlineData("ideas/r?e.md", new[] { "ideas/rye.md" })]
    public void Open_DraftsGlob_ReadsTheMatchingFiles(string glob, string[] expected)
    {
        string root = CopyDrafts().Replace('\\', '/');
        Assert.Equal(expected.Select(e => $"{root}/{e}"), ArchiveReader.Open($"{root}/{glob}").Select(r => r.Position));
    }

    [Fact]
    public void Open_DraftThatIsNotUtf8_GivesAnErrorForThatFile()
    {
        string root = CopyDrafts();
        File.WriteAllBytes(Path.Combine(root, "question.txt"), Samples.WithInvalidUtf8("What bread? Mine was a brick.", "bread"));
        string shown = root.Replace('\\', '/');
        Assert.Equal($"{shown}/question.txt: not valid UTF-8", ArchiveReader.Open(root).Last().Error);
    }

    [Fact]
    public void Open_FolderForcedToAnotherFormat_Throws()
    {
        ArchiveFormatException ex = Assert.Throws<ArchiveFormatException>(() => ArchiveReader.Open(Samples.Path("drafts"), ArchiveFormat.Csv));
        Assert.EndsWith("a folder or glob can only be read as .txt/.md drafts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StreamThatCannotSeek_DetectsAndReadsLikeTheFile()
    {
        using var stdin = new ForwardOnlyStream(File.ReadAllBytes(Samples.Path("x-archive/data/tweets.js")));
        Assert.Equal(
            ArchiveReader.Open(Samples.Path("x-archive/data/tweets.js")).Select(r => r.Post!.Text),
            ArchiveReader.Open(stdin, "tweets.js").Select(r => r.Post!.Text));
    }

    [Fact]
    public void Open_ZipFromAStreamThatCannotSeek_ThrowsAskingForAFile()
    {
        using var stdin = new ForwardOnlyStream(File.ReadAllBytes(Samples.Zip("x-archive", "x.zip")));
        ArchiveFormatException ex = Assert.Throws<ArchiveFormatException>(() => ArchiveReader.Open(stdin, "-"));
        Assert.Contains("a zip archive can only be read from a file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Progress_ReachesOne()
    {
        var seen = new List<double>();
        var options = new ArchiveReaderOptions { Progress = new Recorder(seen) };
        _ = ArchiveReader.Open(Samples.Path("posts.csv"), options: options).Count();
        Assert.NotEmpty(seen);
        Assert.Equal(1, seen[^1]);
    }

    [Theory]
    [InlineData("posts.jsonl", 4)]
    [InlineData("posts.csv", 3)]
    [InlineData("x-archive/data/tweets.js", 6)]
    [InlineData("mastodon-export/outbox.json", 4)]
    [InlineData("linkedin/Shares.csv", 3)]
    [InlineData("drafts", 3)]
    public void Open_EverySample_GivesOneRecordPerInputRecord(string sample, int inputRecords) =>
        Assert.Equal(inputRecords, ArchiveReader.Open(Samples.Path(sample)).Count());

    private static string CopyDrafts()
    {
        string root = Path.Combine(Samples.TempDir(), "drafts");
        foreach (string file in Directory.EnumerateFiles(Samples.Path("drafts"), "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(root, Path.GetRelativePath(Samples.Path("drafts"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    private sealed class Recorder(List<double> seen) : IProgress<double>
    {
        public void Report(double value) => seen.Add(value);
    }
}
