using CategoryMatch.Api.Model;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Api.Apis;

/// <summary>Checks a recommendation request field by field, so the answer names every wrong field at once.</summary>
public static class RequestValidation
{
    /// <summary>Errors by field name (camelCase, as in the JSON); empty when the request is valid.</summary>
    public static Dictionary<string, string[]> Validate(RecommendationRequestBody? body, CategoryRecommender recommender)
    {
        var errors = new Dictionary<string, string[]>();
        if (body is null)
        {
            errors["body"] = ["A JSON body with at least 'text' is required."];
            return errors;
        }
        if (string.IsNullOrWhiteSpace(body.Text))
            errors["text"] = ["The text of the summary is required."];
        else if (body.Text.Length > RecommendationRequestBody.MaxTextLength)
            errors["text"] = [$"The text is {body.Text.Length} characters; at most {RecommendationRequestBody.MaxTextLength} are accepted."];
        if (body.Top is { } top && top is < 1 or > RecommendationRequestBody.MaxTop)
            errors["top"] = [$"top must be between 1 and {RecommendationRequestBody.MaxTop}; it was {top}."];

        var catalog = recommender.Model.Catalog;
        if (body.Program is { } program && catalog.FindProgramme(program) is null)
            errors["program"] = [$"Unknown programme '{program}'. Known: {string.Join(", ", catalog.Programmes.Select(p => p.Id))}."];
        if (body.FiledCategory is { } filedId)
        {
            var filed = catalog.FindCategory(filedId);
            if (filed is null)
                errors["filedCategory"] = [$"Unknown category '{filedId}'. Category ids look like 'ru-cca:13'."];
            else if (body.Program is { } p && catalog.FindProgramme(p) is not null && filed.ProgrammeId != p)
                errors["filedCategory"] = [$"Category '{filedId}' is not in programme '{p}'."];
        }
        return errors;
    }
}
