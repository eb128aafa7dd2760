namespace Chorus.Web.Pages;

/// <summary>The frame every page shares: no script, one stylesheet from our own origin.</summary>
public static class PageLayout
{
    public static string Render(string title, Action<Html> body)
    {
        var html = new Html();
        html.Raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\"><title>").PlainText(title).Raw(" · Chorus</title>")
            .Raw("<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>")
            .Raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Chorus</a><span class=\"tagline\">stories as many outlets told them</span></header><main>");
        body(html);
        html.Raw("</main><footer>Chorus web reader · <a href=\"/api/v1/openapi.json\">JSON API</a></footer></body></html>\n");
        return html.ToString();
    }

    public static string Date(DateTimeOffset? at) => at is { } a ? a.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "date unknown";
}
