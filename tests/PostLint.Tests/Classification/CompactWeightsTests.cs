using PostLint.Classification;

namespace PostLint.Tests.Classification;

public sealed class CompactWeightsTests
{
    [Fact]
    public void Indexer_EverySlot_ReturnsTheDenseBitsExactly()
    {
        var random = new Random(5);
        float[] dense = new float[1 << 12];
        for (int i = 0; i < dense.Length; i++)
        {
            dense[i] = random.Next(10) switch
            {
                0 => (float)(random.NextDouble() - 0.5),
                1 => -0f,
                2 => float.Epsilon,
                _ => 0f,
            };
        }

        dense[0] = 1.5f;
        dense[^1] = -2.5f;
        var compact = new CompactWeights(dense);

        for (int slot = 0; slot < dense.Length; slot++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(dense[slot]), BitConverter.SingleToInt32Bits(compact[slot]));
        }

        Assert.Equal(dense.Count(w => BitConverter.SingleToInt32Bits(w) != 0), compact.Count);
    }

    [Fact]
    public void Indexer_AllZero_IsPositiveZero()
    {
        var compact = new CompactWeights(new float[128]);
        Assert.Equal(0, compact.Count);
        Assert.Equal(0, BitConverter.SingleToInt32Bits(compact[127]));
    }

    [Fact]
    public void Indexer_ShippedModel_MatchesItsDenseWeights()
    {
        LinearTextClassifier model = LinearTextClassifier.LoadDefault();
        var compact = new CompactWeights(model.Weights);
        for (int slot = 0; slot < model.Weights.Length; slot++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(model.Weights[slot]), BitConverter.SingleToInt32Bits(compact[slot]));
        }
    }
}
