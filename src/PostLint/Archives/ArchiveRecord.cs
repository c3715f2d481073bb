namespace PostLint.Archives;

/// <summary>One record read from an archive: a post, or the reason the record could not be read.</summary>
/// <param name="Position">Where the record is: <c>line 12</c> (JSON Lines, CSV), <c>data/tweets.js[41]</c> (an element of a JSON array, 0-based), <c>Shares.csv line 12</c> (a CSV in a zip), or a draft's path (<c>drafts/a.md</c>).</param>
/// <param name="Id">The record's id when it could be read, else null.</param>
/// <param name="Post">The post, or null when the record is broken.</param>
/// <param name="Error">What is wrong with the record (starting with its position), or null.</param>
/// <remarks>Readers yield exactly one record per input record, broken ones included, in input order.</remarks>
public sealed record ArchiveRecord(string Position, string? Id, Post? Post, string? Error)
{
    /// <summary>Gets whether the record holds a post.</summary>
    public bool IsPost => Post is not null;

    /// <summary>
    /// Gets the 1-based line of the input file on which the record starts, for line-based formats (JSON Lines, CSV) read
    /// from a file or standard input; null for elements of a JSON array, drafts and entries of a zip.
    /// </summary>
    public int? Line { get; init; }
}
