using Chorus.Ingest.Web;

namespace Chorus.Ingest;

/// <summary>
/// Every kind of SOURCE corpus mode takes — files, folders, feed files, feed and article URLs — as one lazy stream
/// of articles, read one file or page at a time so a large dump never sits in memory whole.
/// </summary>
public sealed class SourceStream(ArticleReader files, Func<HttpFetcher> fetcher)
{
    private WebReader? web;
    private WebReader Web => web ??= new WebReader(fetcher());

    public IEnumerable<SourceItem> Read(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            if (source == "-")
            {
                foreach (var item in ReadStdin()) yield return item;
            }
            else if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                foreach (var item in Web.ReadUrl(url)) yield return item;
            }
            else if (Directory.Exists(source))
            {
                var warnings = new List<IngestWarning>();
                var list = ArticleReader.FilesOfFolder(source, warnings, includeFeeds: true);
                foreach (var warning in warnings) yield return new SourceItem(null, null, warning);
                if (list.Count == 0) yield return SourceItem.Problem(source, "folder holds no article files (text, HTML, JSON Lines or feeds, in it or its subfolders)");
                foreach (var file in list)
                    foreach (var item in ReadFile(file)) yield return item;
            }
            else if (File.Exists(source))
            {
                foreach (var item in ReadFile(source)) yield return item;
            }
            else yield return SourceItem.Problem(source, "no such file, folder or URL");
        }
    }

    private IEnumerable<SourceItem> ReadFile(string path)
    {
        if (ArticleReader.IsJsonLinesFile(path))
        {
            var where = Path.GetFullPath(path);
            return files.ReadJsonLines(path).Select(r => r.Document is { } d ? new SourceItem(d, d.Url ?? $"{where}#{d.Id}", null) : new SourceItem(null, null, r.Warning));
        }
        if (ArticleReader.IsFeedFile(path))
        {
            string xml;
            try
            {
                // A feed file is held to the same limit as any other input: it is parsed whole.
                long length = new FileInfo(path).Length;
                if (length > files.MaxFileBytes)
                    return [SourceItem.Problem(path, $"file is too large ({length / (1024.0 * 1024):0.#} MB; the limit is {files.MaxFileBytes / (1024 * 1024)} MB)")];
                var bytes = File.ReadAllBytes(path);
                if (bytes.Length == 0) { return [new SourceItem(null, null, IngestWarning.Empty(path))]; }
                xml = TextDecoder.Decode(bytes).Text;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [SourceItem.Problem(path, $"cannot be read ({e.Message})")]; }
            return Web.ReadFeed(path, xml, null);
        }
        var docs = new List<SourceDocument>();
        var warnings = new List<IngestWarning>();
        files.ReadFile(path, docs, warnings);
        var full = Path.GetFullPath(path);
        bool lines = Path.GetExtension(path).ToLowerInvariant() is ".json";
        return warnings.Select(w => new SourceItem(null, null, w))
            .Concat(docs.Select(d => new SourceItem(d, d.Url ?? (lines ? $"{full}#{d.Id}" : full), null)));
    }

    /// <summary>Standard input is keyed by its content: piping the same text again finds it unchanged, and other
    /// text is another article rather than a new version of "stdin".</summary>
    private IEnumerable<SourceItem> ReadStdin()
    {
        var docs = new List<SourceDocument>();
        var warnings = new List<IngestWarning>();
        files.ReadStdin(Console.OpenStandardInput(), docs, warnings);
        return warnings.Select(w => new SourceItem(null, null, w))
            .Concat(docs.Select(d => new SourceItem(d, d.Url ?? $"stdin:{ContentKey(d)}", null)));
    }

    private static string ContentKey(SourceDocument d) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(d.Title + "\n" + string.Join("\n", d.Paragraphs))))[..16].ToLowerInvariant();
}
