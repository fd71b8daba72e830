namespace CategoryMatch.Core.Concepts;

// The shape of data/concepts/*.yaml and data/concepts/category-profiles.yaml (see data/README.md).
internal sealed class ConceptFile
{
    public List<ConceptEntry>? Concepts { get; set; }

    internal sealed class ConceptEntry
    {
        public string? Id { get; set; }
        public List<string>? En { get; set; }
        public List<string>? Ru { get; set; }
        public List<string>? El { get; set; }
        public List<string>? Lt { get; set; }
        public List<string>? Tr { get; set; }
        public List<string>? Any { get; set; }
        public List<string>? Broader { get; set; }
        public bool Names { get; set; }
    }
}

internal sealed class ProfilesFile
{
    public Dictionary<string, Dictionary<string, double>>? Profiles { get; set; }
}
