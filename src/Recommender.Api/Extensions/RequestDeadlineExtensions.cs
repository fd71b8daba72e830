using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>One overall deadline per HTTP request (<see cref="RequestDeadlineOptions"/>).</summary>
public static class RequestDeadlineExtensions
{
    /// <summary>Adds <see cref="RequestDeadlineOptions"/>, bound from <c>RequestDeadline</c> and validated at start.</summary>
    public static IHostApplicationBuilder AddRequestDeadline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestDeadlineOptions>().BindConfiguration(RequestDeadlineOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Gives every request a cancellation token (<see cref="HttpContext.RequestAborted"/>, which handlers receive)
    /// that also fires at the deadline; a request stopped by it answers 503 ProblemDetails naming the deadline.
    /// Every wait downstream (reading the body, each Qdrant call and its retries) ends with it.
    /// </summary>
    public static WebApplication UseRequestDeadline(this WebApplication app)
    {
        var timeout = app.Services.GetRequiredService<IOptions<RequestDeadlineOptions>>().Value.Timeout;
        app.Use(async (context, next) =>
        {
            var aborted = context.RequestAborted;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            deadline.CancelAfter(timeout);
            context.RequestAborted = deadline.Token;
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                var problem = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The request did not finish within its deadline.",
                    Detail = $"The request was stopped after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s " +
                        "(RequestDeadline:Timeout): a dependency is slow, or the request is too large; try again later or send fewer entries.",
                    Extensions = { ["deadlineSeconds"] = timeout.TotalSeconds },
                };
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            }
            finally
            {
                context.RequestAborted = aborted;
            }
        });
        return app;
    }
}
