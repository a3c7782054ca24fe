using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Data;

/// <summary>
/// ADR 0037: a township's numbered series (here the 回执号 of matters received at the window) gives every record its own
/// number when many are registered at the same moment: each is answered 201, none takes another's number, and the
/// sequence has no gap. Without the series held from counting to saving, two requests read the same maximum and the
/// second save is refused by the unique index.
/// </summary>
public sealed class NumberSeriesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task MattersRegisteredAtTheSameMoment_EachGetTheirOwnNumber_WithNoGap()
    {
        var clerks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientForAsync("taixia.clerk")));
        var before = await StoredSequencesAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            clerks[i % clerks.Length].SendAsync($"{DisputeRecords.Api}/matters", DisputeRecords.MatterBody(app))));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        var numbers = answers.Select(a => a.Json.GetProperty("receiptNumber").GetString()).ToList();
        numbers.Distinct().Count().ShouldBe(12, string.Join("，", numbers));
        var added = (await StoredSequencesAsync()).Except(before).Order().ToList();
        added.ShouldBe(Enumerable.Range((before.Count == 0 ? 0 : before.Max()) + 1, 12).ToList());
    }

    [Fact]
    public void AUniqueIndexRefusal_IsAnsweredAsAConflictToSubmitAgain_NotAServerError()
    {
        var refusal = new DbUpdateException("duplicate", new Npgsql.PostgresException("duplicate key", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.UniqueViolation));

        var (status, _, code, detail) = Fazhi.Platform.ErrorHandling.GlobalExceptionHandler.Describe(refusal);

        status.ShouldBe(409);
        code.ShouldBe("unique");
        detail.ShouldContain("请重新提交");
        UniqueViolations.Is(new DbUpdateException("other", new InvalidOperationException())).ShouldBeFalse();
    }

    private Task<List<int>> StoredSequencesAsync() => app.WithDbAsync(async db =>
    {
        var township = await Taixia.TownshipIdAsync(app);
        var year = Taixia.Today(app).Year;
        return await db.Set<Matter>().Where(m => m.TownshipId == township && m.Year == year).Select(m => m.Sequence).ToListAsync();
    });
}
