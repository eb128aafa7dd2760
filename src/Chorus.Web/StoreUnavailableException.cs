namespace Chorus.Web;

/// <summary>The store could not be reached or read: the reader answers 503 with this one line.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
