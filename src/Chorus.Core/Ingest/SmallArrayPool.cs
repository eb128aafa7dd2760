using System.Buffers;

namespace Chorus.Ingest;

/// <summary>
/// The shared array pool for buffers up to 1 MB; a larger buffer (a 16 MB file's bytes and text) is a plain array.
/// The shared pool keeps whatever is returned to it for the rest of the run: a 16 MB input's byte and char buffers
/// (48 MB) stayed live through every later stage and raised the run's peak by as much, and a buffer that large is
/// rare enough that allocating it costs nothing measurable.
/// </summary>
public static class SmallArrayPool<T>
{
    /// <summary>The largest array, in bytes, that goes through the shared pool.</summary>
    public const int LimitBytes = 1 << 20;

    public static bool IsPooled(int length) => (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() <= LimitBytes;

    /// <summary>At least <paramref name="length"/> elements; pooled ones may be longer and hold old data.</summary>
    public static T[] Rent(int length) => IsPooled(length) ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    /// <summary>Gives back an array from <see cref="Rent"/>; a large one is left to the garbage collector.</summary>
    public static void Return(T[] array)
    {
        if (IsPooled(array.Length)) ArrayPool<T>.Shared.Return(array);
    }

    /// <summary>The same as an <see cref="ArrayPool{T}"/>, for code that passes a pool around. The summarizer's
    /// buffers grow with the input (a 16 MB input's LexRank edges alone reach tens of MB, grown by doubling), and
    /// the shared pool kept every size it was given back.</summary>
    public static ArrayPool<T> Shared { get; } = new Bounded();

    private sealed class Bounded : ArrayPool<T>
    {
        public override T[] Rent(int minimumLength) => SmallArrayPool<T>.Rent(minimumLength);

        public override void Return(T[] array, bool clearArray = false)
        {
            if (!IsPooled(array.Length)) return;
            ArrayPool<T>.Shared.Return(array, clearArray);
        }
    }
}
