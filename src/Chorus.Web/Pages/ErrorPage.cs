namespace Chorus.Web.Pages;

public static class ErrorPage
{
    /// <summary>One clear line, no detail of the machinery behind it.</summary>
    public static string Render(string title, string line) => PageLayout.Render(title, html =>
        html.Element("h1", title).Element("p", line, "error-line").Raw("<p><a href=\"/\">All stories</a></p>"));
}
