using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

public sealed class SqliteExampleStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("categorymatch-sqlite-").FullName;

    private string Database => Path.Combine(_folder, "nested", "examples.db");

    private static LabelledExample Organisers(string id, string category = "ru-cca:13", string text = "Голосовой бот с ИИ.") =>
        new(id, "ru-cca", category, text, "ru", ExampleSource.Organiser);

    private static BuiltinExamples FirstOf(int count, string fingerprint) =>
        BuiltinExamples.From(LabelledCorpus.Of(Corpora.Builtin.Examples.Where(e => e.Program == "ru-cca" && e.InDomain).Take(count)), fingerprint);

    [Fact]
    public async Task OpeningCreatesTheFileAndSeedsTheBuiltinCorpus()
    {
        var builtin = BuiltinExamples.From(Corpora.Builtin, "corpus");

        var store = SqliteExampleStore.Open(Database, builtin);

        Assert.True(File.Exists(Database));
        var all = new List<LabelledExample>();
        await foreach (var example in store.ReadAllAsync()) all.Add(example);
        Assert.Equal(builtin.Examples.Count, all.Count);
        Assert.Equal(Corpora.Builtin.Examples.Count(e => e.InDomain), all.Count);
        Assert.All(all, e => Assert.Equal(ExampleSource.Builtin, e.Source));
    }

    [Fact]
    public async Task ReseedingAChangedCorpusReplacesBuiltinRowsAndNeverTouchesTheOrganisers()
    {
        var first = FirstOf(10, "v1");
        var store = SqliteExampleStore.Open(Database, first);
        await store.UpsertAsync("ru-cca", [Organisers("mine")]);

        var reopened = SqliteExampleStore.Open(Database, FirstOf(3, "v2"));

        var stats = await reopened.StatsAsync("ru-cca");
        Assert.Equal((3, 1), (stats.Builtin, stats.Organiser));
        var mine = await reopened.ListAsync(new ExampleQuery("ru-cca", Source: ExampleSource.Organiser));
        Assert.Equal(Organisers("mine"), Assert.Single(mine.Examples));
    }

    [Fact]
    public async Task UpsertCountsAddedAndUpdatedAndRefusesTheBuiltinCorpussIds()
    {
        var builtin = FirstOf(5, "v1");
        var store = SqliteExampleStore.Open(Database, builtin);
        await store.UpsertAsync("ru-cca", [Organisers("a")]);

        var result = await store.UpsertAsync("ru-cca", [Organisers("a", "ru-cca:32"), Organisers("b"), Organisers(builtin.Examples[0].Id)]);

        Assert.Equal((1, 1), (result.Added, result.Updated));
        Assert.Equal([builtin.Examples[0].Id], result.BuiltinIds);
        var page = await store.ListAsync(new ExampleQuery("ru-cca", Source: ExampleSource.Builtin));
        Assert.Equal(builtin.Examples[0], page.Examples.Single(e => e.Id == builtin.Examples[0].Id));
        Assert.Equal("ru-cca:32", (await store.ListAsync(new ExampleQuery("ru-cca", "ru-cca:32", ExampleSource.Organiser))).Examples.Single().CategoryId);
    }

    [Fact]
    public async Task AWriteCancelledHalfwayStoresNothingAndTellsNoSink()
    {
        var sink = new RecordingSink();
        var store = SqliteExampleStore.Open(Database, BuiltinExamples.None, [sink]);
        using var cancel = new CancellationTokenSource();
        // Cancelled while the transaction is open, after some rows were written into it.
        var examples = Enumerable.Range(0, 2000).Select(i => Organisers($"e{i}")).ToList();
        var halfway = new CancellingList(examples, 1000, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync("ru-cca", halfway, cancel.Token));

        Assert.Equal(0, (await store.StatsAsync("ru-cca")).Organiser);
        Assert.Empty(sink.Events);
    }

    [Fact]
    public async Task SinksLearnOfEveryDurableWriteInOrder()
    {
        var sink = new RecordingSink();
        var store = SqliteExampleStore.Open(Database, BuiltinExamples.None, [sink]);

        await store.UpsertAsync("ru-cca", [Organisers("a"), Organisers("b")]);
        await store.DeleteAsync("ru-cca", "a");
        await store.DeleteAsync("ru-cca", "never-there");

        Assert.Equal(["upsert ru-cca/a,ru-cca/b", "remove ru-cca/a"], sink.Events);
    }

    [Fact]
    public async Task EachExampleIsEncodedOnceWhenWrittenAndReadBackWithItsVector()
    {
        var encoding = new CountingEncoding("v1");
        var store = SqliteExampleStore.Open(Database, FirstOf(4, "corpus"), encoding: encoding.Encoding);
        await store.UpsertAsync("ru-cca", [Organisers("a"), Organisers("b", text: "Оператор Мария помогла пенсионерке.")]);

        var all = await ReadAll(store);
        var reopened = await ReadAll(SqliteExampleStore.Open(Database, FirstOf(4, "corpus"), encoding: encoding.Encoding));

        Assert.Equal(6, encoding.Calls);
        Assert.All(all.Concat(reopened), e => Assert.Equal(ExampleVectors.Of(Models.Real.Encoder.Encode(e.Text)).Indices, e.Vector!.Indices));
        Assert.Equal(all.Select(e => e.Vector!.Values), reopened.Select(e => e.Vector!.Values));
    }

    [Fact]
    public async Task AnotherEncoderReencodesEveryRowAndAFileWithoutVectorsGainsThem()
    {
        var plain = SqliteExampleStore.Open(Database, FirstOf(3, "corpus"));
        await plain.UpsertAsync("ru-cca", [Organisers("a")]);
        Assert.All(await ReadAll(plain), e => Assert.Null(e.Vector));

        var first = new CountingEncoding("v1");
        SqliteExampleStore.Open(Database, FirstOf(3, "corpus"), encoding: first.Encoding);
        var same = new CountingEncoding("v1");
        SqliteExampleStore.Open(Database, FirstOf(3, "corpus"), encoding: same.Encoding);
        var changed = new CountingEncoding("v2");
        var store = SqliteExampleStore.Open(Database, FirstOf(3, "corpus"), encoding: changed.Encoding);

        Assert.Equal((4, 0, 4), (first.Calls, same.Calls, changed.Calls));
        Assert.All(await ReadAll(store), e => Assert.NotEmpty(e.Vector!.Indices));
    }

    [Fact]
    public async Task ADatabaseWrittenBeforeVectorsWereKeptOpensWithItsExamplesAndGainsTheirVectors()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE examples (program TEXT NOT NULL, id TEXT NOT NULL, category TEXT NOT NULL, text TEXT NOT NULL,
                                       lang TEXT, source TEXT NOT NULL, PRIMARY KEY (program, id));
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO examples VALUES ('ru-cca', 'old', 'ru-cca:13', 'Голосовой бот с ИИ.', 'ru', 'organiser');
                """;
            command.ExecuteNonQuery();
        }

        var store = SqliteExampleStore.Open(Database, BuiltinExamples.None, encoding: new CountingEncoding("v1").Encoding);

        var old = Assert.Single(await ReadAll(store));
        Assert.Equal(Organisers("old"), old with { Vector = null });
        Assert.NotEmpty(old.Vector!.Indices);
    }

    [Fact]
    public void TheDatabaseIsInWalModeAndEveryConnectionSyncsFully()
    {
        SqliteExampleStore.Open(Database, BuiltinExamples.None);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<List<LabelledExample>> ReadAll(SqliteExampleStore store)
    {
        var all = new List<LabelledExample>();
        await foreach (var example in store.ReadAllAsync()) all.Add(example);
        return all;
    }

    // The real model's encoding under a fingerprint of the test's choosing, counting the texts it encodes.
    private sealed class CountingEncoding(string fingerprint)
    {
        private int _calls;

        public int Calls => _calls;

        public ExampleEncoding Encoding => new(text =>
        {
            Interlocked.Increment(ref _calls);
            return ExampleVectors.Of(Models.Real.Encoder.Encode(text));
        }, fingerprint);
    }

    private sealed class RecordingSink : IExampleSink
    {
        public List<string> Events { get; } = [];

        public void Upserted(IReadOnlyList<LabelledExample> examples) => Events.Add("upsert " + string.Join(",", examples.Select(e => $"{e.Program}/{e.Id}")));

        public void Removed(string program, string id) => Events.Add($"remove {program}/{id}");
    }

    // A list that cancels its token when the store's write loop (its last pass over the list) reaches index `at`:
    // the store checks the examples in a first pass, then writes them inside the transaction.
    private sealed class CancellingList(IReadOnlyList<LabelledExample> items, int at, CancellationTokenSource cancel) : IReadOnlyList<LabelledExample>
    {
        private int _passes;

        public LabelledExample this[int index] => items[index];

        public int Count => items.Count;

        public IEnumerator<LabelledExample> GetEnumerator()
        {
            var pass = ++_passes;
            for (var i = 0; i < items.Count; i++)
            {
                if (i == at && pass == 2) cancel.Cancel();
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
