namespace Chorus.Web;

/// <param name="Store">The corpus store: a SQLite file or a PostgreSQL connection string.</param>
/// <param name="Urls">Where to listen; loopback unless the user names another address.</param>
/// <param name="AllowIngest">Whether <c>POST /api/v1/articles</c> may add articles to the store.</param>
public sealed record WebReaderOptions(string? Store, string Urls = WebReaderOptions.DefaultUrls, bool AllowIngest = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
