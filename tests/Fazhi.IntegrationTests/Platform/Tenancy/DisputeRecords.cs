using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disputes.Hotline.Push;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

public enum MediationProgress
{
    Accepted,
    MediatorsAssigned,
    WrittenAgreement,
    Effective,
}

public enum PetitionProgress
{
    Registered,
    TransferredIn,
    Accepted,
    Answered,
    ReviewRequested,
}

/// <summary>
/// Records of the Disputes module for a township (太霞乡 by default), each made through the module's own API as its
/// clerk (or leader), in the state a step needs: the intake's matters, mediation committees and cases, screening
/// findings, 信访 petitions and 12345 tickets (pushed by the county platform with the county's key).
/// </summary>
internal static class DisputeRecords
{
    public const string Api = "/api/workspace/disputes";

    private static int sequence;

    private static readonly ConditionalWeakTable<FazhiApp, ConcurrentDictionary<string, Task<string>>> Keys = new();

    private static string Unique() => Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Guid IdOf(JsonElement e) => e.GetProperty("id").GetGuid();

    public static object MatterBody(FazhiApp app, string? requester = null, string? subject = null) => new
    {
        channel = (int)MatterChannel.Visit,
        category = (int)MatterCategory.Complaint,
        topic = (int)MatterTopic.Neighbours,
        subject = subject ?? $"反映邻居搭建围墙占用通道（{Unique()}）",
        content = "来访人反映邻居在两家之间的通道上搭建围墙，出入不便，请求镇政府协调处理。",
        requesterName = requester ?? $"石{Unique()}明",
        requesterPhone = "13800138000",
        requesterAddress = "石门村三组",
        receivedOn = Day(Taixia.Today(app)),
    };

    public static async Task<Guid> MatterAsync(FazhiApp app, bool replied = false)
    {
        var id = IdOf(await Taixia.PostAsync(app, "clerk", $"{Api}/matters", MatterBody(app)));
        if (replied)
        {
            await Taixia.PostAsync(app, "clerk", $"{Api}/matters/{id}/reply", new { text = "经村委会现场协调，邻居同意拆除占用通道的围墙。", repliedOn = Day(Taixia.Today(app)), final = true });
        }

        return id;
    }

    /// <summary>Four members including two women (人民调解法 第八条: 三至九人，应当有妇女成员).</summary>
    public static object[] Members { get; } =
    [
        new { name = "陈建国", gender = (int)Gender.Male, role = (int)MediatorRole.Chair, phone = "13900139001", isLawyer = false },
        new { name = "李秀英", gender = (int)Gender.Female, role = (int)MediatorRole.ViceChair, phone = "13900139002", isLawyer = false },
        new { name = "王志强", gender = (int)Gender.Male, role = (int)MediatorRole.Member, phone = "13900139003", isLawyer = true },
        new { name = "周丽", gender = (int)Gender.Female, role = (int)MediatorRole.Member, phone = "13900139004", isLawyer = false },
    ];

    public static object CommitteeBody(FazhiApp app, string name) => new
    {
        name,
        level = (int)CommitteeLevel.Township,
        formedOn = Day(Taixia.Today(app).AddDays(-60)),
        members = Members,
    };

    public static async Task<Guid> CommitteeAsync(FazhiApp app) =>
        IdOf(await Taixia.PostAsync(app, "clerk", $"{Api}/mediation/committees", CommitteeBody(app, $"太霞乡人民调解委员会（{Unique()}）")));

    public static Task<List<Guid>> MediatorsOfAsync(FazhiApp app, Guid committeeId) =>
        app.WithDbAsync(db => db.Set<MediationCommittee>().Where(c => c.Id == committeeId).SelectMany(c => c.Mediators).OrderBy(m => m.Name).Select(m => m.Id).ToListAsync());

    /// <summary>A member by name: releasing 王志强 (an ordinary member) leaves a chair, a woman and three members, so the release is lawful.</summary>
    public static Task<Guid> MediatorNamedAsync(FazhiApp app, Guid committeeId, string name) =>
        app.WithDbAsync(db => db.Set<MediationCommittee>().Where(c => c.Id == committeeId).SelectMany(c => c.Mediators).Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    public static object CaseBody(Guid committeeId, FazhiApp app) => new
    {
        committeeId,
        start = (int)MediationStart.Application,
        acceptedOn = Day(Taixia.Today(app)),
        topic = (int)MatterTopic.Damages,
        summary = "饲养的狗咬伤邻居赔偿纠纷",
        facts = "申请人被被申请人饲养的狗咬伤，花去医疗费3200元，双方就赔偿数额协商未果。",
        amountInvolved = 5000m,
        channel = (int)MatterChannel.Visit,
        parties = new[]
        {
            new { name = $"刘{Unique()}华", kind = (int)PartyKind.NaturalPerson, side = (int)PartySide.Applicant, phone = "13700137001", idNumber = "440123198001011234", address = "太霞村二组" },
            new { name = $"黄{Unique()}生", kind = (int)PartyKind.NaturalPerson, side = (int)PartySide.Respondent, phone = "13700137002", idNumber = "440123197905052345", address = "太霞村二组" },
        },
    };

    public static async Task<Guid> CaseAsync(FazhiApp app, MediationProgress progress)
    {
        var committeeId = await CommitteeAsync(app);
        var c = await Taixia.PostAsync(app, "clerk", $"{Api}/mediation/cases", CaseBody(committeeId, app));
        var id = IdOf(c);
        if (progress == MediationProgress.Accepted)
        {
            return id;
        }

        var mediators = await MediatorsOfAsync(app, committeeId);
        await Taixia.PostAsync(app, "clerk", $"{Api}/mediation/cases/{id}/mediators", new { mediatorIds = new[] { mediators[0] }, assignedOn = Day(Taixia.Today(app)) });
        if (progress == MediationProgress.MediatorsAssigned)
        {
            return id;
        }

        var agreed = await Taixia.PostAsync(app, "clerk", $"{Api}/mediation/cases/{id}/agreement", AgreementBody(app));
        if (progress == MediationProgress.WrittenAgreement)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{Api}/mediation/cases/{id}/signatures", await SignaturesBodyAsync(app, id));
        return id;
    }

    public static object AgreementBody(FazhiApp app) => new
    {
        form = (int)AgreementForm.Written,
        terms = "一、被申请人赔偿申请人医疗费、误工费共计4000元；二、双方就此事再无其他争议。",
        performanceManner = "现金一次性支付",
        performanceDueOn = Day(Taixia.Today(app).AddDays(10)),
        reachedOn = Day(Taixia.Today(app)),
    };

    public static async Task<object> SignaturesBodyAsync(FazhiApp app, Guid caseId)
    {
        var (parties, mediator) = await app.WithDbAsync(async db =>
        {
            var c = await db.Set<MediationCase>().Include(x => x.Parties).Include(x => x.Mediators).SingleAsync(x => x.Id == caseId);
            return (c.Parties.Select(p => p.Id).ToList(), c.Mediators.Select(m => m.Name).First());
        });
        var today = Day(Taixia.Today(app));
        return new
        {
            signatures = parties.Select(p => new { partyId = p, signedOn = today }).ToArray(),
            mediatorSigner = mediator,
            mediatorSignedOn = today,
            sealedOn = today,
        };
    }

    public static object PetitionBody(FazhiApp app, bool transferredIn = false) => new
    {
        source = transferredIn ? (int)PetitionSource.Transferred : (int)PetitionSource.Direct,
        fromOrgan = transferredIn ? "示范县信访局" : null,
        fromReference = transferredIn ? $"示信转〔2026〕{Unique()}号" : null,
        channel = (int)MatterChannel.Letter,
        category = (int)MatterCategory.Claim,
        topic = (int)MatterTopic.LandAndForest,
        subject = $"反映承包地被占用未获补偿（{Unique()}）",
        content = "信访人反映其承包的责任田被村集体修建道路占用，至今未获得补偿，请求依法处理。",
        petitionerName = $"罗{Unique()}平",
        petitionerPhone = "13600136001",
        petitionerAddress = "青龙村五组",
        receivedOn = Day(Taixia.Today(app)),
    };

    public static object AcceptanceBody(FazhiApp app) => new
    {
        acceptedOn = Day(Taixia.Today(app)),
        onTheSpot = false,
        route = (int)PetitionRoute.PetitionHandling,
        note = "你反映的事项属于本机关职责范围，本机关予以受理，将在60日内办结并书面答复。",
    };

    public static object OpinionBody(FazhiApp app) => new
    {
        issuedOn = Day(Taixia.Today(app)),
        result = (int)OpinionResult.Support,
        request = "请求补偿被占用承包地的损失。",
        facts = "经核实，青龙村修建村道占用信访人承包地0.3亩，未按约定给予补偿。",
        opinion = "责成青龙村村民委员会于30日内按村民代表会议确定的标准给予补偿。",
        basis = "《中华人民共和国农村土地承包法》第十七条",
        servedOn = Day(Taixia.Today(app)),
    };

    public static async Task<Guid> PetitionAsync(FazhiApp app, PetitionProgress progress)
    {
        var id = IdOf(await Taixia.PostAsync(app, "clerk", $"{Api}/petitions", PetitionBody(app, progress == PetitionProgress.TransferredIn)));
        if (progress is PetitionProgress.Registered or PetitionProgress.TransferredIn)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{Api}/petitions/{id}/acceptance", AcceptanceBody(app));
        if (progress == PetitionProgress.Accepted)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{Api}/petitions/{id}/opinion", OpinionBody(app));
        if (progress == PetitionProgress.Answered)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{Api}/petitions/{id}/review-request", new { level = (int)ReviewLevel.Review, requestedOn = Day(Taixia.Today(app)), organ = "示范县人民政府" });
        return id;
    }

    /// <summary>A screening round with one dispute found and not yet resolved; returns the round and the finding.</summary>
    public static async Task<(Guid Round, Guid Finding)> FindingAsync(FazhiApp app)
    {
        var round = await Taixia.PostAsync(app, "clerk", $"{Api}/screening/rounds", new
        {
            conductedOn = Day(Taixia.Today(app)),
            team = "司法所、综治中心、村调委会",
            findings = new[] { new { summary = $"两户因宅基地界址发生争执（{Unique()}）", topic = (int)MatterTopic.LandAndForest, parties = "张某、李某", status = (int)FindingStatus.Pending } },
        });
        return (IdOf(round), round.GetProperty("findings")[0].GetProperty("id").GetGuid());
    }

    /// <summary>The county's key for the hotline platform, issued once per app by the administrator.</summary>
    public static Task<string> HotlineKeyAsync(FazhiApp app, string townshipCode = ForeignRecordRoutes.OtherTownship) =>
        Keys.GetOrCreateValue(app).GetOrAdd(townshipCode, async code =>
        {
            var countyId = await app.WithDbAsync(db => db.Set<Township>().Where(t => t.DivisionCode == code).Select(t => t.CountyId).SingleAsync());
            var admin = await app.ClientForAsync("admin");
            var response = await admin.PostAsJsonAsync("/api/admin/hotline-keys", new { countyId });
            var text = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBe(200, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("key").GetString()!;
        });

    public static object TicketBody(FazhiApp app, string number, string townshipCode = ForeignRecordRoutes.OtherTownship, string category = "投诉") => new
    {
        ticketNumber = number,
        townshipCode,
        category,
        urgent = false,
        dispatchedAt = new DateTimeOffset(Taixia.Today(app).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)),
        callerName = "钟美玲",
        callerPhone = "13512345678",
        title = "反映村道路灯损坏",
        content = "来电人反映石门村村道路灯已损坏两周，夜间出行不便，请求尽快维修。",
        village = "石门村",
    };

    /// <summary>Pushes a ticket as the county platform; returns the ticket's id.</summary>
    public static async Task<Guid> TicketAsync(FazhiApp app, bool dispatched = false, string townshipCode = ForeignRecordRoutes.OtherTownship)
    {
        var number = $"12345-2026-{Unique()}";
        var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hotline/tickets") { Content = JsonContent.Create(TicketBody(app, number, townshipCode)) };
        request.Headers.Add(PushTicketHandler.KeyHeader, await HotlineKeyAsync(app, townshipCode));
        var response = await client.SendAsync(request);
        ((int)response.StatusCode).ShouldBe(201, await response.Content.ReadAsStringAsync());
        var id = await app.WithDbAsync(db => db.Set<HotlineTicket>().Where(t => t.TicketNumber == number).Select(t => t.Id).SingleAsync());
        if (dispatched)
        {
            await Taixia.PostAsync(app, "clerk", $"{Api}/hotline/tickets/{id}/dispatch", new { office = "党政综合办公室", dispatchedOn = Day(Taixia.Today(app)) });
        }

        return id;
    }
}
