using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace PostLint.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the arguments (<c>--filter '*'</c> for all), then copies BenchmarkDotNet's
    /// github-markdown reports to <c>benchmarks/results/</c>, where they are committed. <c>--jsonl COUNT PATH</c>
    /// writes generated posts as JSON lines instead (the input of the command-line measurement).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["--jsonl", string count, string path])
        {
            WriteJsonLines(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path);
            return;
        }

        string? root = FindRepositoryRoot();
        IConfig config = DefaultConfig.Instance;
        if (root is not null)
        {
            config = config.WithArtifactsPath(Path.Combine(root, "benchmarks", "BenchmarkDotNet.Artifacts"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        if (root is null)
        {
            return;
        }

        string reports = Path.Combine(root, "benchmarks", "BenchmarkDotNet.Artifacts", "results");
        string results = Path.Combine(root, "benchmarks", "results");
        if (!Directory.Exists(reports))
        {
            return;
        }

        Directory.CreateDirectory(results);
        foreach (string report in Directory.GetFiles(reports, "*-report-github.md"))
        {
            File.Copy(report, Path.Combine(results, Path.GetFileName(report).Replace("PostLint.Benchmarks.", string.Empty, StringComparison.Ordinal)), overwrite: true);
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> feed posts (<see cref="PostGenerator.Feed"/>, 100,000 per seed) as JSON lines
    /// <c>{"id":"p0","text":"..."}</c>, the input of <c>postlint check --input FILE --format jsonl</c>.
    /// </summary>
    private static void WriteJsonLines(int count, string path)
    {
        const int Chunk = 100_000;
        using var writer = new StreamWriter(path);
        for (int start = 0; start < count; start += Chunk)
        {
            string[] posts = PostGenerator.Feed(Math.Min(Chunk, count - start), seed: 1000 + (start / Chunk));
            for (int i = 0; i < posts.Length; i++)
            {
                writer.Write("{\"id\":\"p");
                writer.Write(start + i);
                writer.Write("\",\"text\":");
                writer.Write(System.Text.Json.JsonSerializer.Serialize(posts[i]));
                writer.Write("}\n");
            }
        }
    }

    private static string? FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostLint.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
