using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Neural;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Indexer;

/// <summary>
/// One run of the indexer: load and validate data/, write it to Qdrant, say what happened. With a
/// neural model configured (<c>Neural:ModelPath</c>), every category's neural vector is written too.
/// </summary>
public sealed class IndexerRun(IConfiguration configuration, IOptions<QdrantOptions> options, IServiceProvider services,
    IOptions<NeuralOptions> neuralOptions)
{
    /// <summary>Configuration key of the data folder (the API's key too).</summary>
    public const string DataDirectoryKey = "Recommender:DataDirectory";

    /// <summary>Exit code: done.</summary>
    public const int Done = 0;

    /// <summary>Exit code: the settings are missing or wrong.</summary>
    public const int BadSettings = 2;

    /// <summary>Exit code: data/ is invalid.</summary>
    public const int InvalidCatalog = 3;

    /// <summary>
    /// Exit code: Qdrant failed (unreachable, refused, older than the tested version, the new collection is incomplete),
    /// or another indexer held the lock for the whole of <c>Qdrant:LockWait</c>.
    /// </summary>
    public const int QdrantFailed = 4;

    /// <summary>Runs; every failure is one line on <paramref name="errors"/> and a non-zero exit code.</summary>
    public async Task<int> RunAsync(TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        try
        {
            var qdrant = options.Value;
            if (!qdrant.IsConfigured)
                return Fail(errors, BadSettings, "no Qdrant URL: pass --qdrant http://127.0.0.1:6333 or set Qdrant:Url.");
            // Resolved only now: the client is built from the URL checked above.
            var qdrantConnection = services.GetRequiredService<QdrantConnection>();
            var writer = services.GetRequiredService<CategoryIndexWriter>();
            var version = await qdrantConnection.CheckServerVersionAsync(cancellationToken);
            output.WriteLine($"Qdrant {version} at {qdrantConnection.Address}");
            var data = RecommenderModel.LocateDataDirectory(configuration[DataDirectoryKey], Environment.CurrentDirectory);
            var model = RecommenderModel.Load(data);
            foreach (var programme in model.Catalog.Programmes)
                output.WriteLine($"{programme.Id,-8} {programme.Language}  {programme.Categories.Count,3} categories");

            var neural = await EmbedCategoriesAsync(model, output, cancellationToken);
            var report = await writer.WriteAsync(model, neural, cancellationToken);
            output.WriteLine($"wrote {report.Categories} categories of {report.Programmes} programmes to {qdrantConnection.Address} " +
                $"as '{report.Collection}': {report.ConceptDimensions}-dimension concept vectors, {report.TermWeights} term weights");
            output.WriteLine($"alias '{report.Alias}' -> '{report.Collection}'" +
                (report.Replaced is null ? " (new alias)" : $" (was '{report.Replaced}')") +
                (report.Dropped.Count > 0 ? $"; dropped {string.Join(", ", report.Dropped)}" : "") +
                $"; catalog fingerprint {report.CatalogHash[..12]}" +
                (report.LockWaited >= TimeSpan.FromMilliseconds(1) ? $"; waited {report.LockWaited.TotalMilliseconds:F0} ms for another indexer" : "") +
                $"; in {report.Elapsed.TotalMilliseconds:F0} ms");

            // The builtin examples the same way: a new version behind their alias; organisers' examples are in a
            // collection of their own, which the indexer never writes, so nothing of theirs is lost or brought back.
            // A data folder without a corpus (a catalog indexed on its own) has no builtin examples to write: say so.
            var corpus = Path.Combine(data, "examples");
            if (!Directory.Exists(corpus))
            {
                output.WriteLine($"no builtin examples written: '{corpus}' does not exist");
                return Done;
            }
            var builtin = BuiltinExamples.Read(corpus, model.Catalog);
            var examples = await services.GetRequiredService<ExampleIndexWriter>().WriteAsync(model, builtin, cancellationToken);
            output.WriteLine($"wrote {builtin.Examples.Count} builtin examples as '{examples}'");
            return Done;
        }
        catch (OptionsValidationException e)
        {
            return Fail(errors, BadSettings, $"invalid settings: {string.Join(" ", e.Failures)}");
        }
        catch (NeuralModelException e)
        {
            return Fail(errors, BadSettings, $"the neural model cannot be used: {e.Message}");
        }
        catch (DataFileException e)
        {
            return Fail(errors, InvalidCatalog, $"the catalog is invalid: {e.Message}");
        }
        catch (QdrantCallException e)
        {
            return Fail(errors, QdrantFailed, e.Message);
        }
        catch (InvalidDataException e)
        {
            return Fail(errors, InvalidCatalog, $"the example corpus is invalid: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return Fail(errors, QdrantFailed, e.Message);
        }
    }

    // Read inside RunAsync's guard, so a missing model file is exit code 2 with its path, not a crash.
    private async Task<CategoryNeuralVectors?> EmbedCategoriesAsync(RecommenderModel model, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = neuralOptions.Value;
        if (!settings.IsConfigured) return null;
        using var generator = new OnnxEmbeddingGenerator(settings);
        var vectors = await CategoryNeuralVectors.BuildAsync(model, generator, cancellationToken);
        output.WriteLine($"embedded {vectors.Count} categories with '{generator.ModelId}': {vectors.Dimensions}-dimension neural vectors");
        return vectors;
    }

    private static int Fail(TextWriter errors, int code, string message)
    {
        // One line, so scripts and CI logs show the whole reason at a glance.
        errors.WriteLine($"indexer: {message.ReplaceLineEndings(" ")}");
        return code;
    }
}
