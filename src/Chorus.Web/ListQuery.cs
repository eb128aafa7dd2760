using System.Globalization;
using Chorus.Store;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web;

/// <summary>The story list's query string (<c>q</c>, <c>outlet</c>, <c>from</c>, <c>to</c>, <c>page</c>, <c>pageSize</c>), shared by the page and the API.</summary>
public static class ListQuery
{
    /// <summary>The list's query string; null when a date is not a date.</summary>
    public static StoryFilter? Parse(HttpRequest request)
    {
        var q = request.Query;
        DateTimeOffset? Day(string name, int plusDays, out bool bad)
        {
            bad = false;
            var text = q[name].ToString();
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return new DateTimeOffset(day.AddDays(plusDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            bad = true;
            return null;
        }
        var from = Day("from", 0, out bool badFrom);
        // "to" is the last day included.
        var to = Day("to", 1, out bool badTo);
        if (badFrom || badTo) return null;
        int page = int.TryParse(q["page"], out var p) && p > 0 ? Math.Min(p, 100_000) : 1;
        int size = int.TryParse(q["pageSize"], out var s) && s > 0 ? Math.Min(s, 100) : 20;
        string? Text(string name) => q[name].ToString() is { Length: > 0 } v ? v[..Math.Min(v.Length, 200)] : null;
        return new StoryFilter(Text("q"), Text("outlet"), from, to, page, size);
    }
}
