using CategoryMatch.Core.Qdrant;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Answers 503 ProblemDetails when the category index (Qdrant) fails: the request was fine, the
/// dependency is not, and the client may retry. The next request tries Qdrant again, so service
/// resumes by itself when Qdrant is back.
/// </summary>
internal sealed class QdrantUnavailableExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not QdrantCallException qdrant) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Qdrant is unavailable.",
            Detail = qdrant.Failure switch
            {
                QdrantFailure.Unreachable => "Qdrant, which holds the category index and the examples, cannot be reached. Try again shortly.",
                QdrantFailure.Timeout => "Qdrant, which holds the category index and the examples, did not answer in time. Try again shortly.",
                _ => "Qdrant, which holds the category index, could not answer the query. Has the indexer been run?",
            },
        };
        details.Extensions["dependency"] = "qdrant";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
