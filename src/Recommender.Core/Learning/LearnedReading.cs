using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Learning;

/// <summary>One text as the learned models read it: computed once per request, then asked per candidate.</summary>
public sealed class LearnedReading
{
    private static readonly Comparer<float> Descending = Comparer<float>.Create(static (a, b) => b.CompareTo(a));
    private readonly LearnedRanker _ranker;
    private readonly int[] _columns;
    private readonly float[] _values;
    private readonly float[] _subjects;
    // Per programme: its classes' probabilities and ranks (a request without a programme asks them all).
    private readonly Dictionary<string, (float[] Probabilities, int[] Ranks)> _byProgramme = new(StringComparer.Ordinal);

    internal LearnedReading(LearnedRanker ranker, int[] columns, float[] values, float inDomain, float[] subjects)
    {
        _ranker = ranker;
        _columns = columns;
        _values = values;
        InDomain = inDomain;
        _subjects = subjects;
    }

    /// <summary>Probability that the text is about what the programmes award.</summary>
    public float InDomain { get; }

    /// <summary>The most probable subject of the text and its probability.</summary>
    public (string Subject, float Probability) Subject
    {
        get
        {
            var best = 0;
            for (var i = 1; i < _subjects.Length; i++) if (_subjects[i] > _subjects[best]) best = i;
            return (_ranker.Subjects.Classes[best], _subjects[best]);
        }
    }

    /// <summary>Probability that the text's subject is one that <paramref name="categoryId"/>'s texts are about.</summary>
    public float SubjectFit(string categoryId)
    {
        if (!_ranker.SubjectProfiles.TryGetValue(categoryId, out var profile)) return 0;
        var fit = 0f;
        for (var i = 0; i < profile.Length; i++) fit += profile[i] * _subjects[i];
        return fit;
    }

    /// <summary>The programme classifier's probability of <paramref name="category"/> and its rank (0 = most probable).</summary>
    public (float Probability, int Rank) Classify(Category category)
    {
        if (!_ranker.Classifiers.TryGetValue(category.ProgrammeId, out var classifier)) return (1, 0);
        if (!_byProgramme.TryGetValue(category.ProgrammeId, out var predicted))
            _byProgramme[category.ProgrammeId] = predicted = Predict(classifier);
        var index = classifier.IndexOf(category.Id);
        return index < 0 ? (0, predicted.Ranks.Length) : (predicted.Probabilities[index], predicted.Ranks[index]);
    }

    private (float[] Probabilities, int[] Ranks) Predict(LinearClassifier classifier)
    {
        var probabilities = new float[classifier.Classes.Count];
        classifier.Predict(_columns, _values, probabilities);
        var order = new int[probabilities.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keys = (float[])probabilities.Clone();
        Array.Sort(keys, order, Descending);
        var ranks = new int[order.Length];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
        return (probabilities, ranks);
    }
}
