using System.Runtime.CompilerServices;
using CategoryMatch.Core.Encoding;
using Microsoft.Data.Sqlite;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The embedded example store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a committed
/// transaction is on disk before a write returns, and one transaction per write, so a failed write leaves
/// nothing behind. The builtin corpus is seeded when the store opens and whenever the corpus changes;
/// seeding replaces builtin rows only, never an organiser's. Given an <see cref="ExampleEncoding"/>, every row
/// keeps its example vector, encoded once when written (or again when the encoder changed), so loading an index
/// at start reads vectors instead of encoding thousands of texts again.
/// </summary>
public sealed class SqliteExampleStore : IExampleStore
{
    private const string Builtin = "builtin", Organiser = "organiser";
    private readonly string _connectionString;
    private readonly IReadOnlyList<IExampleSink> _sinks;
    private readonly ExampleEncoding? _encoding;
    // One writer at a time, so that sinks learn of writes in the order they were committed.
    private readonly SemaphoreSlim _write = new(1, 1);

    private SqliteExampleStore(string path, IEnumerable<IExampleSink> sinks, ExampleEncoding? encoding)
    {
        Path = path;
        _encoding = encoding;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        _sinks = [.. sinks];
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/>, seeds <paramref name="builtin"/>
    /// unless the file already holds that very corpus, and tells <paramref name="sinks"/> of every later write.
    /// With <paramref name="encoding"/>, rows without a vector, or every row when the file's vectors were made by
    /// another encoder, are encoded before it returns.
    /// </summary>
    public static SqliteExampleStore Open(string path, BuiltinExamples builtin, IEnumerable<IExampleSink>? sinks = null, ExampleEncoding? encoding = null)
    {
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        var store = new SqliteExampleStore(path, sinks ?? [], encoding);
        using var connection = store.Connect();
        Execute(connection, null, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS examples (
                program  TEXT NOT NULL,
                id       TEXT NOT NULL,
                category TEXT NOT NULL,
                text     TEXT NOT NULL,
                lang     TEXT,
                source   TEXT NOT NULL,
                vector   BLOB,
                PRIMARY KEY (program, id));
            CREATE INDEX IF NOT EXISTS examples_by_category ON examples (program, category, source, id);
            CREATE INDEX IF NOT EXISTS examples_by_source ON examples (program, source, id);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """);
        // A file written before vectors were kept gains the column; its rows are encoded below.
        using (var columns = Command(connection, null, "SELECT COUNT(*) FROM pragma_table_info('examples') WHERE name = 'vector'"))
            if (Convert.ToInt64(columns.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                Execute(connection, null, "ALTER TABLE examples ADD COLUMN vector BLOB");
        store.Seed(connection, builtin);
        if (encoding is not null) store.EncodeStale(connection, encoding);
        return store;
    }

    /// <inheritdoc />
    public async Task<ExampleWriteResult> UpsertAsync(string program, IReadOnlyList<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        foreach (var example in examples)
            if (example.Program != program || example.Source != ExampleSource.Organiser)
                throw new ArgumentException($"Example '{example.Id}' is not an organiser's example of '{program}'.", nameof(examples));

        // Encoding is the slow part: done before taking the writers' turn, and never inside the transaction.
        var vectors = new SparseVector?[examples.Count];
        if (_encoding is { } encoding) Parallel.For(0, examples.Count, i => vectors[i] = encoding.Encode(examples[i].Text));

        await _write.WaitAsync(cancellationToken);
        try
        {
            int added = 0, updated = 0;
            var builtinIds = new List<string>();
            var written = new List<LabelledExample>(examples.Count);
            using (var connection = Connect())
            using (var transaction = connection.BeginTransaction())
            {
                using var find = Command(connection, transaction, "SELECT source FROM examples WHERE program = $program AND id = $id", "$program", "$id");
                using var upsert = Command(connection, transaction, """
                    INSERT INTO examples (program, id, category, text, lang, source, vector) VALUES ($program, $id, $category, $text, $lang, 'organiser', $vector)
                    ON CONFLICT (program, id) DO UPDATE SET category = excluded.category, text = excluded.text, lang = excluded.lang, vector = excluded.vector
                    WHERE examples.source = 'organiser'
                    """, "$program", "$id", "$category", "$text", "$lang", "$vector");
                var next = 0;
                foreach (var example in examples)
                {
                    var vector = vectors[next++];
                    cancellationToken.ThrowIfCancellationRequested();
                    var existing = Run(find, program, example.Id).ExecuteScalar() as string;
                    if (existing == Builtin)
                    {
                        builtinIds.Add(example.Id);
                        continue;
                    }
                    if (existing is null) added++;
                    else updated++;
                    Run(upsert, program, example.Id, example.CategoryId, example.Text, example.Lang, vector is null ? null : ExampleEncoding.ToBytes(vector)).ExecuteNonQuery();
                    written.Add(vector is null ? example : example with { Vector = vector });
                }
                // Committed means on disk: WAL with synchronous=FULL syncs the log before the commit returns.
                transaction.Commit();
            }
            foreach (var sink in _sinks) sink.Upserted(written);
            return new ExampleWriteResult(added, updated, builtinIds);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string program, string id, CancellationToken cancellationToken = default)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            using var connection = Connect();
            using var delete = Command(connection, null, "DELETE FROM examples WHERE program = $program AND id = $id AND source = 'organiser'", "$program", "$id");
            if (Run(delete, program, id).ExecuteNonQuery() == 0) return false;
            foreach (var sink in _sinks) sink.Removed(program, id);
            return true;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <inheritdoc />
    public Task<ExamplePage> ListAsync(ExampleQuery query, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        const string where = "WHERE program = $program AND ($category IS NULL OR category = $category) AND ($source IS NULL OR source = $source)";
        using var count = Command(connection, null, $"SELECT COUNT(*) FROM examples {where}", "$program", "$category", "$source");
        var source = query.Source is { } s ? Name(s) : null;
        var total = Convert.ToInt32(Run(count, query.Program, query.CategoryId, source).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var select = Command(connection, null,
            $"SELECT program, id, category, text, lang, source FROM examples {where} ORDER BY source, id LIMIT $take OFFSET $skip",
            "$program", "$category", "$source", "$take", "$skip");
        using var reader = Run(select, query.Program, query.CategoryId, source, query.PageSize, query.Skip).ExecuteReader();
        var examples = new List<LabelledExample>();
        while (reader.Read()) examples.Add(Read(reader));
        return Task.FromResult(new ExamplePage(total, query.Page, query.PageSize, examples));
    }

    /// <inheritdoc />
    public Task<ExampleStats> StatsAsync(string program, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var select = Command(connection, null,
            "SELECT category, source, COUNT(*) FROM examples WHERE program = $program GROUP BY category, source", "$program");
        using var reader = Run(select, program).ExecuteReader();
        var rows = new List<(string, ExampleSource, int)>();
        while (reader.Read()) rows.Add((reader.GetString(0), Parse(reader.GetString(1)), reader.GetInt32(2)));
        return Task.FromResult(ExampleStats.From(program, rows));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LabelledExample> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var select = Command(connection, null, "SELECT program, id, category, text, lang, source, vector FROM examples ORDER BY program, id");
        using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return reader.IsDBNull(6) ? Read(reader) : Read(reader) with { Vector = ExampleEncoding.FromBytes((byte[])reader.GetValue(6)) };
    }

    private void Seed(SqliteConnection connection, BuiltinExamples builtin)
    {
        using var fingerprint = Command(connection, null, "SELECT value FROM meta WHERE key = 'builtin'");
        if (fingerprint.ExecuteScalar() as string == builtin.Fingerprint) return;
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "DELETE FROM examples WHERE source = 'builtin'");
        // An id an organiser already holds keeps the organiser's row: seeding never touches theirs.
        using var insert = Command(connection, transaction, """
            INSERT INTO examples (program, id, category, text, lang, source) VALUES ($program, $id, $category, $text, $lang, 'builtin')
            ON CONFLICT (program, id) DO NOTHING
            """, "$program", "$id", "$category", "$text", "$lang");
        foreach (var e in builtin.Examples) Run(insert, e.Program, e.Id, e.CategoryId, e.Text, e.Lang).ExecuteNonQuery();
        using var remember = Command(connection, transaction,
            "INSERT INTO meta (key, value) VALUES ('builtin', $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", "$value");
        Run(remember, builtin.Fingerprint).ExecuteNonQuery();
        transaction.Commit();
    }

    // Rows without a vector (seeded, or written by a store opened without an encoding) are encoded, and every row
    // when the file's vectors were made by another encoder; the encoder's fingerprint is remembered with them.
    private void EncodeStale(SqliteConnection connection, ExampleEncoding encoding)
    {
        using var fingerprint = Command(connection, null, "SELECT value FROM meta WHERE key = 'encoder'");
        var same = fingerprint.ExecuteScalar() as string == encoding.Fingerprint;
        var rows = new List<(string Program, string Id, string Text)>();
        using (var select = Command(connection, null, $"SELECT program, id, text FROM examples {(same ? "WHERE vector IS NULL" : "")}"))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        if (same && rows.Count == 0) return;
        var vectors = new byte[rows.Count][];
        Parallel.For(0, rows.Count, i => vectors[i] = ExampleEncoding.ToBytes(encoding.Encode(rows[i].Text)));
        using var transaction = connection.BeginTransaction();
        using var update = Command(connection, transaction, "UPDATE examples SET vector = $vector WHERE program = $program AND id = $id", "$vector", "$program", "$id");
        for (var i = 0; i < rows.Count; i++) Run(update, vectors[i], rows[i].Program, rows[i].Id).ExecuteNonQuery();
        using var remember = Command(connection, transaction,
            "INSERT INTO meta (key, value) VALUES ('encoder', $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", "$value");
        Run(remember, encoding.Fingerprint).ExecuteNonQuery();
        transaction.Commit();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection, not stored in the file: every commit syncs the WAL, so a 2xx survives a crash.
        Execute(connection, null, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static SqliteCommand Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    private static LabelledExample Read(SqliteDataReader reader) => new(reader.GetString(1), reader.GetString(0), reader.GetString(2),
        reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), Parse(reader.GetString(5)));

    private static string Name(ExampleSource source) => source == ExampleSource.Builtin ? Builtin : Organiser;

    private static ExampleSource Parse(string source) => source == Builtin ? ExampleSource.Builtin : ExampleSource.Organiser;
}
