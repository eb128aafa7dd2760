namespace Chorus.Ingest;

/// <summary>
/// Reads articles from files, folders and stdin. Every problem becomes one <see cref="IngestWarning"/> naming the
/// input; nothing here throws for bad input, so one broken file never costs the others.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>Larger files are refused unread: no single news article comes near it, and reading a 100 MB
    /// dump into memory as one "article" would stall the run.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".text", ".md", "", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json" };

    public IngestResult Read(IEnumerable<string> inputs, TextReader? stdin = null)
    {
        var docs = new List<SourceDocument>();
        var warnings = new List<IngestWarning>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                var bytes = stdin is null ? Console.OpenStandardInput() : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin.ReadToEnd()));
                ReadStdin(bytes, docs, warnings);
            }
            else if (Directory.Exists(input))
            {
                var files = FilesOfFolder(input);
                if (files.Count == 0) warnings.Add(new IngestWarning(input, "folder holds no article files"));
                foreach (var file in files) ReadFile(file, docs, warnings);
            }
            else if (File.Exists(input)) ReadFile(input, docs, warnings);
            else warnings.Add(new IngestWarning(input, "no such file or folder"));
        }
        return new IngestResult(UniqueIds(docs), warnings);
    }

    /// <summary>A folder with a <c>docs/</c> child is one cluster in the dataset layout: its <c>refs/</c> are
    /// reference summaries and never input.</summary>
    public static List<string> FilesOfFolder(string folder)
    {
        var docs = Path.Combine(folder, "docs");
        var root = Directory.Exists(docs) ? docs : folder;
        return Directory.EnumerateFiles(root, "*", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => TextExtensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public void ReadFile(string path, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { warnings.Add(new(path, $"cannot be read ({e.Message})")); return; }
        if (length == 0) { warnings.Add(new(path, "file is empty")); return; }
        if (length > MaxFileBytes)
        {
            warnings.Add(new(path, $"file is too large ({length / (1024.0 * 1024):0.#} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB)"));
            return;
        }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { warnings.Add(new(path, $"cannot be read ({e.Message})")); return; }
        if (TextDecoder.LooksBinary(bytes)) { warnings.Add(new(path, "binary file, not text")); return; }
        var (text, _) = TextDecoder.Decode(bytes);
        AddParsed(Path.GetFileNameWithoutExtension(path), path, text, Path.GetExtension(path), docs, warnings);
    }

    private static void AddParsed(string id, string origin, string text, string? extension, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        if (string.IsNullOrWhiteSpace(text)) { warnings.Add(new(origin, "file holds only whitespace")); return; }
        var ext = extension?.ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" || (ext is ".json" or null && text.TrimStart().StartsWith('{')))
        {
            int before = docs.Count;
            foreach (var (doc, warning) in JsonLinesArticleParser.Parse(origin, text))
            {
                if (doc is not null) docs.Add(doc);
                if (warning is not null) warnings.Add(warning);
            }
            if (docs.Count == before) warnings.Add(new(origin, "no article in JSON Lines input"));
            return;
        }
        if (ext is ".html" or ".htm" or ".xhtml" || HtmlArticleParser.LooksLikeHtml(text))
        {
            var (doc, problem) = HtmlArticleParser.Parse(id, origin, text);
            if (doc is null) warnings.Add(new(origin, problem ?? "no article"));
            else docs.Add(doc);
            return;
        }
        var parsed = PlainTextArticleParser.Parse(id, origin, text);
        if (parsed.Paragraphs.Count == 0) warnings.Add(new(origin, "no article text after the title"));
        else docs.Add(parsed);
    }

    /// <summary>Two inputs named alike (a/01.txt, b/01.txt) would be indistinguishable in citations.</summary>
    private static List<SourceDocument> UniqueIds(List<SourceDocument> docs)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<SourceDocument>(docs.Count);
        foreach (var d in docs)
        {
            if (seen.TryGetValue(d.Id, out var n)) { seen[d.Id] = n + 1; result.Add(d with { Id = $"{d.Id}~{n + 1}" }); }
            else { seen[d.Id] = 1; result.Add(d); }
        }
        return result;
    }

    /// <summary>Standard input gets the checks and the decoding a file gets (byte-order mark, UTF-8 validity,
    /// legacy encodings): a pipe carries bytes, and Console.In would decode them as UTF-8 whatever they are.</summary>
    public void ReadStdin(Stream stdin, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int n;
            while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxFileBytes)
                {
                    warnings.Add(new("stdin", $"standard input is too large (over the limit of {MaxFileBytes / (1024 * 1024)} MB)"));
                    return;
                }
            }
        }
        catch (IOException e) { warnings.Add(new("stdin", $"cannot be read ({e.Message})")); return; }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) { warnings.Add(new("stdin", "standard input is empty")); return; }
        if (TextDecoder.LooksBinary(bytes)) { warnings.Add(new("stdin", "binary data, not text")); return; }
        AddParsed("stdin", "stdin", TextDecoder.Decode(bytes).Text, null, docs, warnings);
    }
}
