using System.Buffers;
using System.Text;

namespace Chorus.Report;

/// <summary>
/// A report's UTF-8 passed on to a stream or a text writer a chunk at a time, as the report writer produces it. The
/// JSON report of a 16 MB input is about 50 MB: collected whole in a growing buffer and then made one string it held
/// about 160 MB at once. Through this it holds one chunk.
/// </summary>
public sealed class StreamedUtf8Output : IBufferWriter<byte>, IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly Decoder? _decoder;
    private char[]? _chars;
    private byte[] _buffer;
    private int _written;

    /// <summary>Bytes go to the stream as they are.</summary>
    public StreamedUtf8Output(Stream stream) : this() => _stream = stream;

    /// <summary>Bytes are decoded back to characters for the writer (a console, a test's string writer); a character
    /// split between two chunks is carried over by the decoder, so the writer sees exactly the report's text.</summary>
    public StreamedUtf8Output(TextWriter text) : this()
    {
        _text = text;
        _decoder = new UTF8Encoding(false).GetDecoder();
        _chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 1);
    }

    private StreamedUtf8Output() => _buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);

    public void Advance(int count)
    {
        _written += count;
        if (_written >= ChunkBytes / 2) Flush();
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Passes on everything written so far.</summary>
    public void Flush()
    {
        if (_written == 0) return;
        if (_stream is not null) _stream.Write(_buffer, 0, _written);
        else
        {
            int n = _decoder!.GetChars(_buffer, 0, _written, _chars!, 0, flush: false);
            _text!.Write(_chars!, 0, n);
        }
        _written = 0;
    }

    private void Reserve(int sizeHint)
    {
        if (_buffer.Length - _written >= Math.Max(1, sizeHint)) return;
        Flush();
        if (_buffer.Length >= sizeHint) return;
        // A single value larger than a chunk: one larger buffer (and room to decode it) for the rest of the report.
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(_buffer.Length + 1);
        }
    }

    /// <summary>Flushes, then gives the buffers back.</summary>
    public void Dispose()
    {
        Flush();
        if (_decoder is not null)
        {
            int n = _decoder.GetChars([], 0, 0, _chars!, 0, flush: true);
            if (n > 0) _text!.Write(_chars!, 0, n);
        }
        ArrayPool<byte>.Shared.Return(_buffer);
        if (_chars is not null) ArrayPool<char>.Shared.Return(_chars);
        _stream?.Flush();
        _text?.Flush();
    }
}
