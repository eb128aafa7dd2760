using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

public sealed class SmallArrayPoolTests
{
    [Fact]
    public void Buffers_up_to_a_megabyte_are_pooled_and_larger_ones_are_plain_arrays_of_the_exact_size()
    {
        var small = SmallArrayPool<char>.Rent(10_000);
        Assert.True(small.Length >= 10_000);
        SmallArrayPool<char>.Return(small);

        // 600,000 chars are 1.2 MB: a plain array the collector reclaims, never kept by the shared pool.
        var large = SmallArrayPool<char>.Rent(600_000);
        Assert.Equal(600_000, large.Length);
        Assert.False(SmallArrayPool<char>.IsPooled(large.Length));
        SmallArrayPool<char>.Return(large);
        Assert.NotSame(large, SmallArrayPool<char>.Rent(600_000));

        Assert.True(SmallArrayPool<byte>.IsPooled(1 << 20));
        Assert.False(SmallArrayPool<byte>.IsPooled((1 << 20) + 1));
        Assert.False(SmallArrayPool<int>.IsPooled(300_000));
    }
}
