using CategoryMatch.Core.Qdrant;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Answers 503 ProblemDetails when the category index (Qdrant) fails, or lacks the categories of the programme
/// asked about: the request was fine, the dependency is not, and the client may retry. The next request tries
/// Qdrant again, so service resumes by itself when Qdrant is back or the indexer has run.
/// </summary>
internal sealed class QdrantUnavailableExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            QdrantCallException qdrant => new ProblemDetails
            {
                Title = "Qdrant is unavailable.",
                Detail = qdrant.Failure switch
                {
                    QdrantFailure.Unreachable => "Qdrant, which holds the category index and the examples, cannot be reached. Try again shortly.",
                    QdrantFailure.Timeout => "Qdrant, which holds the category index and the examples, did not answer in time. Try again shortly.",
                    _ => "Qdrant, which holds the category index, could not answer the query. Has the indexer been run?",
                },
            },
            IncompleteIndexException incomplete => new ProblemDetails
            {
                Title = "The category index lacks categories of this programme.",
                Detail = incomplete.Message,
                Extensions = { ["programmes"] = incomplete.Programmes, ["missingCategories"] = incomplete.MissingCategories },
            },
            _ => null,
        };
        if (details is null) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        details.Status = StatusCodes.Status503ServiceUnavailable;
        details.Extensions["dependency"] = "qdrant";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
