using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.County.Assessment.DefineSheet;

/// <summary>What the API answers about a sheet: its lines with the rule each is scored by, in words.</summary>
internal sealed record SheetResponse(Guid Id, int Year, string Title, decimal MaxTotal, IReadOnlyList<SheetLineResponse> Lines)
{
    internal static SheetResponse From(AssessmentSheet s) =>
        new(s.Id, s.Year, s.Title, s.MaxTotal, [.. s.Lines.OrderBy(l => l.Order).Select(l => new SheetLineResponse(l.Order, l.IndicatorKey, l.Item, l.MaxPoints, l.Rule.ToString(), ScoringRule.Of(l.Rule).Name, l.Target, l.Deduction))]);
}

internal sealed record SheetLineResponse(int Order, string IndicatorKey, string Item, decimal MaxPoints, string Rule, string RuleName, decimal Target, decimal Deduction);

internal static class DefineSheetEndpoint
{
    internal static void MapDefineSheet(this RouteGroupBuilder group) =>
        group.MapPost("/", async (DefineSheetRequest request, DefineSheetHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(SheetResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<SheetDefinedByCounty>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("制定或修改某年度的法治建设考核表（指标、分值、计分规则）");
}
