using System.Globalization;
using System.Runtime.CompilerServices;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>How far a case of 太霞乡 has gone when a test receives it: each stage is the state a step's route needs.</summary>
internal enum CaseProgress
{
    /// <summary>立案 with one piece of evidence: ready for 告知.</summary>
    Filed,

    /// <summary>告知 of a 5,000 元 fine (no hearing right), early this month.</summary>
    Noticed,

    /// <summary>告知 of a 20,000 元 fine today: the party may still ask for a hearing (第64条).</summary>
    NoticedWithHearingRight,

    /// <summary>The party asked for a hearing in time.</summary>
    HearingRequested,

    /// <summary>A hearing was noticed for a day that has passed.</summary>
    HearingScheduled,

    /// <summary>法制审核 requested.</summary>
    LegalReviewRequested,

    /// <summary>The party waived 陈述申辩: ready for the decision.</summary>
    StatementWaived,

    Decided,
    Served,
    Executed,

    /// <summary>Decided and publicised (事后公示).</summary>
    Published,

    /// <summary>Publicised, then revoked: the publication must be withdrawn (第48条).</summary>
    Revoked,

    /// <summary>Revoked and its publication withdrawn: no longer public.</summary>
    Withdrawn,
}

/// <summary>
/// Records of 太霞乡's enforcement, created through the enforcement services acting as 太霞乡's clerk: its power
/// catalogue (imported from a sheet, as clerks do), two certified officers, cases at every stage, complaints.
/// </summary>
internal static class EnforcementRecords
{
    public const decimal Fine = 5000m;

    private static readonly ConditionalWeakTable<FazhiApp, Task<Catalogue>> Catalogues = new();

    private sealed record Catalogue(Guid PowerId, Guid[] OfficerIds);

    /// <summary>One power item and two certified officers of 太霞乡, set up once per app.</summary>
    private static Task<Catalogue> CatalogueAsync(FazhiApp app) => Catalogues.GetValue(app, CreateCatalogueAsync);

    private static Task<Catalogue> CreateCatalogueAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, townshipId) =>
    {
        var sheet = new[]
        {
            new Dictionary<string, object?>
            {
                ["事项编码"] = "XZCF-TX-001", ["事项名称"] = "对在集镇建成区占道经营的行政处罚", ["职权类别"] = "行政处罚",
                ["设定依据"] = "《城市市容和环境卫生管理条例》第三十六条", ["处罚种类"] = "警告、罚款", ["罚款下限"] = "50",
                ["罚款上限"] = "50000", ["实施主体"] = "太霞乡人民政府", ["下放部门"] = "县城市管理局",
                ["承接日期"] = "2026-01-01",
            },
        };
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(sheet);
        xlsx.Position = 0;
        await services.GetRequiredService<PowerCatalog>().ImportAsync(townshipId, xlsx, CancellationToken.None);
        var db = services.GetRequiredService<FazhiDbContext>();
        var powerId = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId && p.Code == "XZCF-TX-001").Select(p => p.Id).SingleAsync();

        var registry = services.GetRequiredService<OfficerRegistry>();
        var officers = new List<Guid>();
        foreach (var (name, number) in new[] { ("王建国", "441823990001"), ("赵丽华", "441823990002") })
        {
            var officer = await registry.AddAsync(townshipId, new OfficerRequest
            {
                Name = name,
                Position = "综合行政执法办公室",
                Employment = EmploymentKind.Established,
                CertificateNumber = number,
                CertificateIssuer = "示范县人民政府",
                CertificateValidFrom = new DateOnly(2026, 1, 1),
                CertificateValidTo = new DateOnly(2028, 12, 31),
                JoinedOn = new DateOnly(2026, 1, 1),
            }, CancellationToken.None);
            officers.Add(officer.Id);
        }

        return new Catalogue(powerId, [.. officers]);
    });

    /// <summary>An officer of 太霞乡.</summary>
    public static async Task<Guid> OfficerAsync(FazhiApp app) => (await CatalogueAsync(app)).OfficerIds[0];

    /// <summary>A new officer of 太霞乡 of its own, for steps that end the officer's service (离岗, 换证) without touching the cases' officers.</summary>
    public static Task<Guid> NewOfficerAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, townshipId) =>
        (await services.GetRequiredService<OfficerRegistry>().AddAsync(townshipId, new OfficerRequest
        {
            Name = "陈海峰",
            Position = "综合行政执法办公室",
            CertificateNumber = "4418239" + Guid.NewGuid().ToString("N")[..6],
            CertificateIssuer = "示范县人民政府",
            CertificateValidFrom = new DateOnly(2024, 1, 1),
            CertificateValidTo = new DateOnly(2026, 12, 31),
            JoinedOn = new DateOnly(2024, 1, 1),
        }, CancellationToken.None)).Id);

    /// <summary>A case of 太霞乡 brought to <paramref name="progress"/> through the case workflow, step by step.</summary>
    public static async Task<Guid> CaseAsync(FazhiApp app, CaseProgress progress)
    {
        var catalogue = await CatalogueAsync(app);
        var today = Taixia.Today(app);
        return await Taixia.AsClerkAsync(app, async (services, townshipId) =>
        {
            var ct = CancellationToken.None;
            var workflow = services.GetRequiredService<CaseWorkflow>();
            var filedOn = today.AddDays(-21);
            var @case = await workflow.FileAsync(new FileCaseCommand(CaseProcedure.General, CaseSource.Inspection, null, catalogue.PowerId,
                "在集镇建成区占道经营", PartyKind.NaturalPerson, "周海涛", null, null, null, null, "太霞乡太平村二组", "当事人在太霞圩主街占用人行道摆卖，经劝导拒不改正。",
                catalogue.OfficerIds, IsMajor: false, IsComplex: false, filedOn), townshipId, ct);
            await workflow.AddEvidenceAsync(@case, new EvidenceItem { Kind = "现场笔录", Description = "现场检查笔录及照片 4 张", CollectedBy = "王建国", CollectedOn = filedOn, ProcessStep = "调查取证" }, ct);
            if (progress == CaseProgress.Filed)
            {
                return @case.Id;
            }

            if (progress == CaseProgress.NoticedWithHearingRight)
            {
                await workflow.NotifyAsync(@case, ["罚款"], 20000m, today, ct);
                return @case.Id;
            }

            var noticedOn = filedOn.AddDays(1);
            var hearing = progress is CaseProgress.HearingRequested or CaseProgress.HearingScheduled;
            await workflow.NotifyAsync(@case, ["罚款"], hearing ? 20000m : Fine, noticedOn, ct);
            switch (progress)
            {
                case CaseProgress.Noticed:
                    return @case.Id;
                case CaseProgress.HearingRequested:
                    await workflow.RequestHearingAsync(@case, noticedOn.AddDays(1), ct);
                    return @case.Id;
                case CaseProgress.HearingScheduled:
                    await workflow.RequestHearingAsync(@case, noticedOn.AddDays(1), ct);
                    await workflow.ScheduleHearingAsync(@case, noticedOn.AddDays(1), noticedOn.AddDays(14), "孙志明", ct);
                    return @case.Id;
                case CaseProgress.LegalReviewRequested:
                    await workflow.RequestLegalReviewAsync(@case, noticedOn.AddDays(1), ct);
                    return @case.Id;
            }

            await workflow.RecordStatementAsync(@case, "当事人放弃陈述申辩。", waived: true, ct);
            if (progress == CaseProgress.StatementWaived)
            {
                return @case.Id;
            }

            await workflow.DecideAsync(@case, ["罚款"], Fine, $"经查，当事人在太霞圩主街占道经营，决定处以罚款人民币{Fine.ToString("0", CultureInfo.InvariantCulture)}元。", today.AddDays(-5), ct);
            switch (progress)
            {
                case CaseProgress.Decided:
                    return @case.Id;
                case CaseProgress.Served:
                    await workflow.ServeAsync(@case, today.AddDays(-4), "直接送达", ct);
                    return @case.Id;
                case CaseProgress.Executed:
                    await workflow.ServeAsync(@case, today.AddDays(-4), "直接送达", ct);
                    await workflow.RecordExecutionAsync(@case, today.AddDays(-2), Fine, ct);
                    return @case.Id;
            }

            await workflow.PublishAsync(@case, today.AddDays(-3), ct);
            if (progress == CaseProgress.Published)
            {
                return @case.Id;
            }

            await workflow.RevokeAsync(@case, today.AddDays(-1), "复查发现当事人并非摊位经营者，认定事实错误。", ct);
            if (progress == CaseProgress.Withdrawn)
            {
                await workflow.WithdrawAsync(@case, today, ct);
            }

            return @case.Id;
        });
    }

    /// <summary>The 事后公示 of a case of 太霞乡 (public while the decision stands; withdrawn after revocation).</summary>
    public static async Task<Guid> DisclosureAsync(FazhiApp app, CaseProgress progress)
    {
        var caseId = await CaseAsync(app, progress);
        return await app.WithDbAsync(db => db.Set<PenaltyDisclosure>().Where(d => d.CaseId == caseId).Select(d => d.Id).SingleAsync());
    }

    /// <summary>The running 90-day decision deadline that filing a case of 太霞乡 opened.</summary>
    public static async Task<Guid> DeadlineAsync(FazhiApp app)
    {
        var caseId = await CaseAsync(app, CaseProgress.Filed);
        return await app.WithDbAsync(db => db.Set<Deadline>().Where(d => d.SubjectId == caseId).Select(d => d.Id).SingleAsync());
    }

    /// <summary>A complaint about 太霞乡's enforcement received at the window, not yet answered.</summary>
    public static Task<Guid> ComplaintAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, townshipId) =>
        (await services.GetRequiredService<ComplaintDesk>().ReceiveAsync(townshipId,
            new ComplaintRequest("钟女士", "13902225678", "反映太霞圩占道经营整治时执法人员态度粗暴，请核查。"), null, CancellationToken.None)).Id);
}
