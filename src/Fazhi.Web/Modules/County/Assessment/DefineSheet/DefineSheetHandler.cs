using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Modules.County.Contracts;
using Fazhi.Modules.County.Figures;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.County.Assessment.DefineSheet;

/// <summary>One line of the sheet form; a row without an indicator key is left out (the form offers spare rows).</summary>
public sealed record AssessmentLineInput(
    [MaxLength(120, ErrorMessage = "指标代码不超过 120 个字符。")] string? IndicatorKey,
    [MaxLength(60, ErrorMessage = "考核内容不超过 60 字。")] string? Item,
    decimal? MaxPoints,
    ScoringRuleKind Rule,
    decimal? Target,
    decimal? Deduction);

/// <summary>制定考核表: the year, its name and its lines (indicator, points, scoring rule).</summary>
public sealed record DefineSheetRequest(
    [Range(2000, 2100, ErrorMessage = "请填写考核年度（2000—2100）。")] int Year,
    [Required(ErrorMessage = "请填写考核表名称。"), MaxLength(60, ErrorMessage = "考核表名称不超过 60 字。")] string Title,
    IReadOnlyList<AssessmentLineInput>? Lines)
{
    /// <summary>The form of a year: the sheet's lines when there is one, with spare blank rows to add more.</summary>
    internal static DefineSheetRequest For(int year, AssessmentSheet? sheet, int spare = 4) =>
        new(year, sheet?.Title ?? $"{year}年度乡镇法治政府建设考核",
        [
            .. (sheet?.Lines ?? []).OrderBy(l => l.Order).Select(l => new AssessmentLineInput(l.IndicatorKey, l.Item, l.MaxPoints, l.Rule, l.Target, l.Rule == ScoringRuleKind.DeductPerUnit ? l.Deduction : null)),
            .. Enumerable.Range(0, spare).Select(_ => new AssessmentLineInput("", "", null, ScoringRuleKind.Proportional, null, null)),
        ]);

    /// <summary>What was typed, read field by field (numbers that do not parse are left blank), to show the form again.</summary>
    internal static DefineSheetRequest FromForm(Microsoft.AspNetCore.Http.IFormCollection form)
    {
        static decimal? Number(string? text) => decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        static int Row(string key) => key.StartsWith("Lines[", StringComparison.Ordinal) && key.IndexOf(']', StringComparison.Ordinal) is > 6 and < 10 and var end
            && int.TryParse(key.AsSpan(6, end - 6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : -1;
        var rows = form.Keys.Select(Row).DefaultIfEmpty(-1).Max();
        return new(int.TryParse(form["Year"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : 0, form["Title"].ToString(),
            [.. Enumerable.Range(0, rows + 1).Select(i => new AssessmentLineInput(form[$"Lines[{i}].IndicatorKey"].ToString(), form[$"Lines[{i}].Item"].ToString(),
                Number(form[$"Lines[{i}].MaxPoints"]), Enum.TryParse<ScoringRuleKind>(form[$"Lines[{i}].Rule"], out var rule) ? rule : ScoringRuleKind.Proportional,
                Number(form[$"Lines[{i}].Target"]), Number(form[$"Lines[{i}].Deduction"])))]);
    }

    internal IReadOnlyList<AssessmentLineSpec> Specs() =>
        [.. (Lines ?? []).Select((l, row) => (Line: l, Row: row)).Where(x => !string.IsNullOrWhiteSpace(x.Line.IndicatorKey))
            .Select(x => new AssessmentLineSpec(x.Row, x.Line.IndicatorKey!.Trim(), (x.Line.Item ?? "").Trim(), x.Line.MaxPoints ?? 0, x.Line.Rule, x.Line.Target ?? 0, x.Line.Deduction ?? 0))];
}

/// <summary>
/// Defines (or redefines) the county's sheet for a year. The indicator keys are checked against what the county's
/// townships state for that year, read through <see cref="CountyFigures"/> (one grouped query per source).
/// </summary>
internal sealed class DefineSheetHandler(FazhiDbContext db, CountyFigures figures, TimeProvider clock)
{
    public async Task<AssessmentSheet> HandleAsync(Actor actor, DefineSheetRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<SheetDefinedByCounty>().Check(actor);
        var countyId = actor.CountyId ?? throw new InvalidOperationException("A county reviewer always belongs to a county.");
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).Select(t => t.Id).ToListAsync(ct);
        var known = (await figures.ForYearAsync(townships, request.Year, ct)).Values.SelectMany(i => i).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var specs = request.Specs();
        var sheet = await db.Set<AssessmentSheet>().Include(s => s.Lines).SingleOrDefaultAsync(s => s.CountyId == countyId && s.Year == request.Year, ct);
        if (sheet is null)
        {
            sheet = AssessmentSheet.Define(countyId, request.Year, request.Title, specs, known, actor.Name, clock.GetUtcNow());
            db.Add(sheet);
        }
        else
        {
            sheet.Redefine(request.Title, specs, known, actor.Name, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return sheet;
    }
}
