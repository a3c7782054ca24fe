using System.Globalization;
using System.Runtime.CompilerServices;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Decision;
using Fazhi.Modules.Enforcement.Cases.Execution;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Cases.HearingNotice;
using Fazhi.Modules.Enforcement.Cases.HearingRequest;
using Fazhi.Modules.Enforcement.Cases.Investigation;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;
using Fazhi.Modules.Enforcement.Cases.Notice;
using Fazhi.Modules.Enforcement.Cases.Publication;
using Fazhi.Modules.Enforcement.Cases.Revocation;
using Fazhi.Modules.Enforcement.Cases.Service;
using Fazhi.Modules.Enforcement.Cases.Statement;
using Fazhi.Modules.Enforcement.Cases.Withdrawal;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
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

    /// <summary>太霞乡's staff as the steps' rules know them.</summary>
    private static Actor Clerk(Guid townshipId) => Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", townshipId, Roles.LegalClerk);

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
        await services.GetRequiredService<PowerCatalog>().ImportAsync(Clerk(townshipId), townshipId, xlsx, CancellationToken.None);
        var db = services.GetRequiredService<FazhiDbContext>();
        var powerId = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId && p.Code == "XZCF-TX-001").Select(p => p.Id).SingleAsync();

        var registry = services.GetRequiredService<OfficerRegistry>();
        var officers = new List<Guid>();
        foreach (var (name, number) in new[] { ("王建国", "441823990001"), ("赵丽华", "441823990002") })
        {
            var officer = await registry.AddAsync(Clerk(townshipId), townshipId, new OfficerRequest
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
        (await services.GetRequiredService<OfficerRegistry>().AddAsync(Clerk(townshipId), townshipId, new OfficerRequest
        {
            Name = "陈海峰",
            Position = "综合行政执法办公室",
            CertificateNumber = "4418239" + Guid.NewGuid().ToString("N")[..6],
            CertificateIssuer = "示范县人民政府",
            CertificateValidFrom = new DateOnly(2024, 1, 1),
            CertificateValidTo = new DateOnly(2026, 12, 31),
            JoinedOn = new DateOnly(2024, 1, 1),
        }, CancellationToken.None)).Id);

    /// <summary>A case of 太霞乡 brought to <paramref name="progress"/> through the steps' handlers, each taken by the role its rule names.</summary>
    public static async Task<Guid> CaseAsync(FazhiApp app, CaseProgress progress)
    {
        var catalogue = await CatalogueAsync(app);
        var today = Taixia.Today(app);
        return await Taixia.AsClerkAsync(app, async (services, townshipId) =>
        {
            var ct = CancellationToken.None;
            var clerk = Clerk(townshipId);
            var officer = Actor.For("taixia.officer", "太霞乡执法人员", townshipId, Roles.EnforcementOfficer);
            var leader = Actor.For("taixia.leader", "太霞乡乡长", townshipId, Roles.Leader);
            var filedOn = today.AddDays(-21);
            var id = (await services.GetRequiredService<FileCaseHandler>().HandleAsync(clerk, new FileCaseRequest(CaseSource.Inspection, null, catalogue.PowerId,
                "在集镇建成区占道经营", PartyKind.NaturalPerson, "周海涛", null, null, null, null, "太霞乡太平村二组", "当事人在太霞圩主街占用人行道摆卖，经劝导拒不改正。",
                [.. catalogue.OfficerIds], IsMajor: false, IsComplex: false, filedOn), ct)).Id;
            await services.GetRequiredService<AddEvidenceHandler>().HandleAsync(officer, id, new AddEvidenceRequest("现场笔录", "现场检查笔录及照片 4 张", "王建国", filedOn, "调查取证", null), ct);
            if (progress == CaseProgress.Filed)
            {
                return id;
            }

            var notify = services.GetRequiredService<NotifyPartyHandler>();
            if (progress == CaseProgress.NoticedWithHearingRight)
            {
                await notify.HandleAsync(officer, id, new NotifyPartyRequest(["罚款"], 20000m, today), ct);
                return id;
            }

            var noticedOn = filedOn.AddDays(1);
            var hearing = progress is CaseProgress.HearingRequested or CaseProgress.HearingScheduled;
            await notify.HandleAsync(officer, id, new NotifyPartyRequest(["罚款"], hearing ? 20000m : Fine, noticedOn), ct);
            switch (progress)
            {
                case CaseProgress.Noticed:
                    return id;
                case CaseProgress.HearingRequested:
                    await services.GetRequiredService<RequestHearingHandler>().HandleAsync(officer, id, new RequestHearingRequest(noticedOn.AddDays(1)), ct);
                    return id;
                case CaseProgress.HearingScheduled:
                    await services.GetRequiredService<RequestHearingHandler>().HandleAsync(officer, id, new RequestHearingRequest(noticedOn.AddDays(1)), ct);
                    await services.GetRequiredService<ScheduleHearingHandler>().HandleAsync(clerk, id, new ScheduleHearingRequest(noticedOn.AddDays(1), noticedOn.AddDays(14), "孙志明"), ct);
                    return id;
                case CaseProgress.LegalReviewRequested:
                    await services.GetRequiredService<SubmitForLegalReviewHandler>().HandleAsync(officer, id, new SubmitForLegalReviewRequest(noticedOn.AddDays(1)), ct);
                    return id;
            }

            await services.GetRequiredService<RecordStatementHandler>().HandleAsync(officer, id, new RecordStatementRequest("当事人放弃陈述申辩。", Waived: true), ct);
            if (progress == CaseProgress.StatementWaived)
            {
                return id;
            }

            await services.GetRequiredService<DecidePenaltyHandler>().HandleAsync(leader, id,
                new DecidePenaltyRequest(["罚款"], Fine, $"经查，当事人在太霞圩主街占道经营，决定处以罚款人民币{Fine.ToString("0", CultureInfo.InvariantCulture)}元。", today.AddDays(-5)), ct);
            var serve = services.GetRequiredService<ServeDecisionHandler>();
            switch (progress)
            {
                case CaseProgress.Decided:
                    return id;
                case CaseProgress.Served:
                    await serve.HandleAsync(officer, id, new ServeDecisionRequest(today.AddDays(-4), "直接送达"), ct);
                    return id;
                case CaseProgress.Executed:
                    await serve.HandleAsync(officer, id, new ServeDecisionRequest(today.AddDays(-4), "直接送达"), ct);
                    await services.GetRequiredService<RecordExecutionHandler>().HandleAsync(officer, id, new RecordExecutionRequest(today.AddDays(-2), Fine), ct);
                    return id;
            }

            await services.GetRequiredService<PublishPenaltyHandler>().HandleAsync(clerk, id, new PublishPenaltyRequest(today.AddDays(-3)), ct);
            if (progress == CaseProgress.Published)
            {
                return id;
            }

            await services.GetRequiredService<RevokeDecisionHandler>().HandleAsync(leader, id, new RevokeDecisionRequest(today.AddDays(-1), "复查发现当事人并非摊位经营者，认定事实错误。"), ct);
            if (progress == CaseProgress.Withdrawn)
            {
                await services.GetRequiredService<WithdrawPublicationHandler>().HandleAsync(clerk, id, new WithdrawPublicationRequest(today), ct);
            }

            return id;
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
