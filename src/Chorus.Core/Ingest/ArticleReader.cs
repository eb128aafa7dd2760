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

    /// <summary>The outlet of documents whose text does not name one (plain text; HTML without site metadata;
    /// JSON Lines records without "source"): what `--outlet` gives.</summary>
    public string? Outlet { get; init; }

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".text", ".md", "", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json" };

    public static readonly string[] FeedExtensions = [".xml", ".rss", ".atom", ".rdf"];

    /// <summary>Newswire collections name a story file by its document number ("APW19981016.0240", "AP880212-0001.sgml"):
    /// the "extension" is the number's serial part, or SGML's.</summary>
    public static bool IsWireFileName(string path) => EndsInSerialNumber(path) || Path.GetExtension(path) is var e && (e.Equals(".sgml", StringComparison.OrdinalIgnoreCase) || e.Equals(".sgm", StringComparison.OrdinalIgnoreCase));

    /// <summary>The name's "extension" is a document number's serial part ("APW19981016.0240"), all digits.</summary>
    private static bool EndsInSerialNumber(string path) => Path.GetExtension(path) is { Length: > 1 } e && !e.AsSpan(1).ContainsAnyExcept("0123456789");

    public static bool IsFeedFile(string path) => FeedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A document's id is its file name without the format's extension; a wire archive's name ends in a
    /// number that is part of the name ("APW19981016.0240", "NYT19981016.0311"): two stories of one day differ only
    /// there, so it is kept.</summary>
    public static string DocumentId(string path) => EndsInSerialNumber(path) ? Path.GetFileName(path) : Path.GetFileNameWithoutExtension(path);

    /// <summary>JSON Lines files are read a record at a time, so only a record, not the file, is held to the size limit.</summary>
    public static bool IsJsonLinesFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

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
                var files = FilesOfFolder(input, warnings);
                if (files.Count == 0) warnings.Add(new IngestWarning(input, "folder holds no article files (text, HTML or JSON Lines, in it or its subfolders)"));
                foreach (var file in files) ReadFile(file, docs, warnings);
            }
            else if (File.Exists(input)) ReadFile(input, docs, warnings);
            else warnings.Add(new IngestWarning(input, "no such file or folder"));
        }
        return new IngestResult(UniqueIds(docs), warnings);
    }

    public static List<string> FilesOfFolder(string folder) => FilesOfFolder(folder, []);

    /// <summary>
    /// The article files under a folder and all its subfolders, in path order, so a dataset root
    /// (<c>&lt;cluster&gt;/docs/01.txt…</c>) reads whole. A folder with a <c>docs/</c> child is one cluster in the
    /// dataset layout: only its docs are read (its <c>refs/</c> are reference summaries, never input). Hidden
    /// entries are skipped; a symbolic-link loop or an unreadable folder is one warning each and the walk goes on.
    /// </summary>
    public static List<string> FilesOfFolder(string folder, List<IngestWarning> warnings, bool includeFeeds = false)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(folder, files, warnings, visited, includeFeeds);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(string folder, List<string> files, List<IngestWarning> warnings, HashSet<string> visited, bool includeFeeds)
    {
        string real;
        try { real = RealPath(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { warnings.Add(new(folder, $"cannot be read ({e.Message})")); return; }
        if (!visited.Add(real)) { warnings.Add(new(folder, "symbolic link loop (a folder already read), skipped")); return; }
        var docs = Path.Combine(folder, "docs");
        if (Directory.Exists(docs)) { Walk(docs, files, warnings, visited, includeFeeds); return; }
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.')) continue;
                if (TextExtensions.Contains(Path.GetExtension(file)) || IsWireFileName(file) || (includeFeeds && IsFeedFile(file))) files.Add(file);
            }
            foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                if (!Path.GetFileName(child).StartsWith('.')) Walk(child, files, warnings, visited, includeFeeds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new(folder, $"cannot be read ({e.Message})"));
        }
    }

    /// <summary>The folder with every symbolic link on its way resolved, which is what tells a loop.</summary>
    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(Path.GetFullPath(folder));
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
        var full = target?.FullName ?? info.FullName;
        // Resolve links among the ancestors too (a/b -> a makes a/b/b the same folder as a/b).
        var parent = Path.GetDirectoryName(full);
        return parent is null ? full : Path.Combine(parent == full ? parent : RealPathOrSelf(parent), Path.GetFileName(full));
    }

    private static string RealPathOrSelf(string folder)
    {
        try { return RealPath(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return folder; }
    }

    public void ReadFile(string path, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        // The bytes go into a pooled buffer (a plain one past 1 MB): only the decoded text outlives the read.
        byte[]? bytes = null;
        int count = 0;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            if (length == 0) { warnings.Add(IngestWarning.Empty(path)); return; }
            if (length > MaxFileBytes)
            {
                warnings.Add(new(path, $"file is too large ({length / (1024.0 * 1024):0.#} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB)"));
                return;
            }
            bytes = SmallArrayPool<byte>.Rent((int)length);
            int read;
            while (count < length && (read = RandomAccess.Read(handle, bytes.AsSpan(count, (int)length - count), count)) > 0) count += read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (bytes is not null) SmallArrayPool<byte>.Return(bytes);
            warnings.Add(new(path, $"cannot be read ({e.Message})"));
            return;
        }
        char[] chars;
        int charCount;
        try
        {
            var content = bytes.AsSpan(0, count);
            if (TextDecoder.LooksBinary(content)) { warnings.Add(new(path, "binary file, not text")); return; }
            charCount = TextDecoder.DecodeInto(content, out chars);
        }
        finally { SmallArrayPool<byte>.Return(bytes); }
        int before = docs.Count;
        try { AddParsed(DocumentId(path), path, chars.AsSpan(0, charCount), Path.GetExtension(path), docs, warnings); }
        finally { SmallArrayPool<char>.Return(chars); }
        if (Outlet is not null)
            for (int i = before; i < docs.Count; i++)
                if (docs[i].Outlet is null) docs[i] = docs[i] with { Outlet = Outlet };
    }

    /// <summary>A JSON Lines file of any size, one record at a time; a record over <see cref="MaxFileBytes"/> is one
    /// warning (it is skipped unread, not held in memory) and the records after it are still read.</summary>
    public IEnumerable<(SourceDocument? Document, IngestWarning? Warning)> ReadJsonLines(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [(null, new IngestWarning(path, $"cannot be read ({e.Message})"))]; }
        return Records(reader, path);
    }

    private IEnumerable<(SourceDocument?, IngestWarning?)> Records(StreamReader reader, string path)
    {
        using var _ = reader;
        int lineNumber = 0, found = 0;
        var line = new System.Text.StringBuilder();
        bool tooLarge = false;
        var buffer = new char[64 * 1024];
        var ready = new List<(SourceDocument?, IngestWarning?)>();

        void Append(int start, int count)
        {
            if (tooLarge || count <= 0) return;
            // Characters are at most bytes in UTF-8: counting characters never refuses a record under the limit.
            if (line.Length + count > MaxFileBytes) { tooLarge = true; line.Clear(); }
            else line.Append(buffer, start, count);
        }

        void Finish()
        {
            lineNumber++;
            if (tooLarge)
                ready.Add((null, new IngestWarning($"{path}:{lineNumber}", $"record is too large (over {MaxFileBytes / (1024 * 1024)} MB), skipped")));
            else if (line.Length > 0 && !string.IsNullOrWhiteSpace(line.ToString()))
            {
                var (doc, warning) = JsonLinesArticleParser.ParseLine(path, lineNumber, line.ToString());
                if (doc is not null) { found++; ready.Add((Outlet is not null && doc.Outlet is null ? doc with { Outlet = Outlet } : doc, null)); }
                if (warning is not null) ready.Add((null, warning));
            }
            line.Clear();
            tooLarge = false;
        }

        int read;
        while ((read = ReadChunk(reader, buffer, out var problem)) > 0 || problem is not null)
        {
            if (problem is not null) { yield return (null, new IngestWarning(path, $"cannot be read ({problem})")); yield break; }
            int start = 0;
            for (int i = 0; i < read; i++)
                if (buffer[i] == '\n') { Append(start, i - start); Finish(); start = i + 1; }
            Append(start, read - start);
            foreach (var item in ready) yield return item;
            ready.Clear();
        }
        if (line.Length > 0 || tooLarge) Finish();
        foreach (var item in ready) yield return item;
        if (lineNumber == 0) yield return (null, IngestWarning.Empty(path));
        else if (found == 0) yield return (null, new IngestWarning(path, "no article in JSON Lines input"));
    }

    private static int ReadChunk(StreamReader reader, char[] buffer, out string? problem)
    {
        problem = null;
        try { return reader.Read(buffer, 0, buffer.Length); }
        catch (IOException e) { problem = e.Message; return 0; }
    }

    /// <param name="text">The decoded text; only JSON and HTML are made one string (their parsers need it), plain
    /// text keeps just its lines.</param>
    private static void AddParsed(string id, string origin, ReadOnlySpan<char> text, string? extension, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        if (text.IsWhiteSpace()) { warnings.Add(IngestWarning.Empty(origin, "file holds only whitespace")); return; }
        var ext = extension?.ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" || (ext is ".json" or null && text.TrimStart().StartsWith('{')))
        {
            AddJsonLines(origin, text.ToString(), docs, warnings);
            return;
        }
        if (WireSgmlArticleParser.LooksLikeWireSgml(text)) { WireSgmlArticleParser.AddTo(id, origin, text.ToString(), docs, warnings); return; }
        if (ext is ".html" or ".htm" or ".xhtml" || HtmlArticleParser.LooksLikeHtml(text))
        {
            var (doc, problem) = HtmlArticleParser.Parse(id, origin, text.ToString());
            if (doc is null) warnings.Add(new(origin, problem ?? "no article"));
            else docs.Add(doc);
            return;
        }
        var parsed = PlainTextArticleParser.Parse(id, origin, text);
        if (parsed.Paragraphs.Count == 0) warnings.Add(new(origin, "no article text after the title"));
        else docs.Add(parsed);
    }

    private static void AddJsonLines(string origin, string text, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        int before = docs.Count;
        foreach (var (doc, warning) in JsonLinesArticleParser.Parse(origin, text))
        {
            if (doc is not null) docs.Add(doc);
            if (warning is not null) warnings.Add(warning);
        }
        if (docs.Count == before) warnings.Add(new(origin, "no article in JSON Lines input"));
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
        // An empty pipe loses nothing, like an empty file: a warning, not a failed input.
        if (bytes.Length == 0) { warnings.Add(IngestWarning.Empty("stdin", "standard input is empty")); return; }
        if (TextDecoder.LooksBinary(bytes)) { warnings.Add(new("stdin", "binary data, not text")); return; }
        int first = docs.Count;
        AddParsed("stdin", "stdin", TextDecoder.Decode(bytes).Text, null, docs, warnings);
        // --outlet names what standard input carries, as it does for plain files.
        if (Outlet is not null)
            for (int i = first; i < docs.Count; i++)
                if (docs[i].Outlet is null) docs[i] = docs[i] with { Outlet = Outlet };
    }
}
