using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Tests.Confidence;

public sealed class CalibrationTests
{
    [Fact]
    public void PerfectlyCalibratedPredictionsHaveNoCalibrationError()
    {
        (double, bool)[] predictions = [(0.75, true), (0.75, true), (0.75, true), (0.75, false)];   // 3 of 4 right

        Assert.Equal(0, Calibration.ExpectedError(predictions), 6);
    }

    [Fact]
    public void TheReliabilityTableBinsByPredictionAndWeightsTheGapByCount()
    {
        (double, bool)[] predictions = [(0.95, true), (0.95, true), (0.15, true), (0.15, false)];

        var table = Calibration.Reliability(predictions);

        Assert.Equal(10, table.Count);
        Assert.Equal((2, 0.95, 1.0), (table[9].Count, table[9].MeanPredicted, table[9].Observed));
        Assert.Equal((2, 0.15, 0.5), (table[1].Count, table[1].MeanPredicted, table[1].Observed));
        Assert.Equal((2 * 0.05 + 2 * 0.35) / 4, Calibration.ExpectedError(table), 6);
    }
}
