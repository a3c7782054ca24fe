using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>Who may reach a record route, and so what a user of another township (or the public) must get.</summary>
public enum RecordAccess
{
    /// <summary>A township record: staff of another township get 404, as if it did not exist (ADR 0004).</summary>
    Township,

    /// <summary>An administration record (users, townships, audit entries): the administrator sees it, everyone else is refused.</summary>
    AdministratorOnly,

    /// <summary>
    /// A county step on a township record (备案审查): the county reviewer of the township's county is served, township
    /// staff are refused.
    /// </summary>
    County,

    /// <summary>
    /// A public record of the portal: anyone, signed in or not, is served while it is published; the same kind of
    /// record not (or no longer) published answers 404 to everyone, so a draft of 太霞乡 never leaks.
    /// </summary>
    Public,
}

/// <summary>
/// How to reach one record route for a record of <see cref="ForeignRecordRoutes.OtherTownship"/> (太霞乡).
/// <paramref name="PathFor"/> creates that record, in the state the route's step needs, and returns the concrete path;
/// <paramref name="Body"/> is a valid request body for routes that take one, so that only tenancy can refuse the call.
/// </summary>
public sealed record ForeignRecordRoute(RecordAccess Access, Func<FazhiApp, Task<string>> PathFor, Func<HttpContent>? Body = null)
{
    /// <summary>The role of the users who call it (<c>clerk</c>, <c>leader</c>, <c>advisor</c>): 小江镇's one is refused, 太霞乡's served.</summary>
    public string Role { get; init; } = "clerk";

    /// <summary>For a body that names another record of 太霞乡 (given the path created): replaces <see cref="Body"/>.</summary>
    public Func<FazhiApp, string, Task<HttpContent>>? BodyFor { get; init; }

    /// <summary>For <see cref="RecordAccess.Public"/>: the path of a record of 太霞乡 the public must not see.</summary>
    public Func<FazhiApp, Task<string>>? UnpublishedPathFor { get; init; }

    public async Task<HttpContent?> ContentAsync(FazhiApp app, string path) =>
        BodyFor is not null ? await BodyFor(app, path) : Body?.Invoke();
}

/// <summary>
/// The registry of every route whose parameters name a record (<c>{id}</c>, <c>{caseId}</c> …). A module that adds
/// such a route adds it here or to its module's class, keyed as <c>PAGE /path/{id}</c> for a page or <c>GET /api/…/{id}</c> for an API
/// method; <see cref="ForeignRecordTests.EveryRouteWithARecordId_IsInTheRegistry"/> fails until it does
/// (docs/testing.md). The records are made by the helpers next to it (<see cref="EnforcementRecords"/>,
/// <see cref="DocumentRecords"/>, <see cref="PlatformRecords"/>).
/// </summary>
public static class ForeignRecordRoutes
{
    /// <summary>The signed-in user's township (小江镇) …</summary>
    public const string OwnClerk = "xiaojiang.clerk";

    public const string OwnTownship = "990100101000";

    /// <summary>… and the township whose records that user must not see (太霞乡).</summary>
    public const string OtherTownship = "990100102000";

    public const string OtherClerk = "taixia.clerk";

    /// <summary>Every registered route: the entries below and each module's own class (<see cref="DocumentForeignRecordRoutes"/>, <see cref="DecisionForeignRecordRoutes"/>).</summary>
    public static IReadOnlyDictionary<string, ForeignRecordRoute> All =>
        new[] { Core, DocumentForeignRecordRoutes.All, DecisionForeignRecordRoutes.All, EducationForeignRecordRoutes.All, DisclosureForeignRecordRoutes.All, AdvisorForeignRecordRoutes.All, RemedyForeignRecordRoutes.All, DisputeForeignRecordRoutes.All, LedgerForeignRecordRoutes.All }.SelectMany(d => d).ToDictionary(StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, ForeignRecordRoute> Core = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        // Organization
        ["PAGE /admin/users/{id}"] = new(RecordAccess.AdministratorOnly, async app =>
            $"/admin/users/{await app.WithDbAsync(db => db.Users.Where(u => u.UserName == OtherClerk).Select(u => u.Id).SingleAsync())}"),
        ["PAGE /admin/townships/{id}"] = new(RecordAccess.AdministratorOnly, async app =>
            $"/admin/townships/{await OtherTownshipIdAsync(app)}"),
        ["GET /api/workspace/villages/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/villages/{await VillageOfOtherTownshipAsync(app)}"),

        // Audit trail and attachments
        ["PAGE /admin/audit/{id:guid}"] = new(RecordAccess.AdministratorOnly, async app =>
            $"/admin/audit/{await PlatformRecords.AuditEntryAsync(app)}"),
        ["GET /api/workspace/attachments/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/attachments/{await PlatformRecords.AttachmentAsync(app, isPublic: false)}"),
        ["GET /files/{id:guid}"] = new(RecordAccess.Public, async app => $"/files/{await PlatformRecords.AttachmentAsync(app, isPublic: true)}")
        {
            UnpublishedPathFor = async app => $"/files/{await PlatformRecords.AttachmentAsync(app, isPublic: false)}",
        },

        // Notifications: only the recipient marks one read (太霞乡's legal advisor here)
        ["POST /api/workspace/notifications/{id:guid}/read"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/notifications/{await PlatformRecords.NotificationAsync(app)}/read") { Role = "advisor" },

        // Deadlines
        ["PAGE /workspace/deadlines/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/workspace/deadlines/{await EnforcementRecords.DeadlineAsync(app)}"),
        ["POST /api/workspace/deadlines/{id:guid}/extension"] = new(RecordAccess.Township,
            async app => $"/api/workspace/deadlines/{await EnforcementRecords.DeadlineAsync(app)}/extension",
            () => Taixia.Json(new { days = 10, reason = "案情复杂，经负责人批准延长。" })) { Role = "leader" },
        ["POST /api/workspace/deadlines/{id:guid}/extension-requests"] = new(RecordAccess.Township,
            async app => $"/api/workspace/deadlines/{await EnforcementRecords.DeadlineAsync(app)}/extension-requests",
            () => Taixia.Json(new { days = 10, reason = "案情复杂，需补充调查取证。" })),
        ["POST /api/workspace/deadlines/{id:guid}/extension-requests/approval"] = new(RecordAccess.Township,
            async app => $"/api/workspace/deadlines/{await PlatformRecords.RequestedExtensionAsync(app)}/extension-requests/approval",
            () => Taixia.Json(new { })) { Role = "leader" },
        ["POST /api/workspace/deadlines/{id:guid}/extension-requests/refusal"] = new(RecordAccess.Township,
            async app => $"/api/workspace/deadlines/{await PlatformRecords.RequestedExtensionAsync(app)}/extension-requests/refusal",
            () => Taixia.Json(new { reason = "期限内可以办结，不予延长。" })) { Role = "leader" },

        // Enforcement: officers, cases (one step per route, each on a case at the stage the step needs), complaints
        ["POST /api/workspace/enforcement/officers/{id:guid}/reviews"] = new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/officers/{await EnforcementRecords.OfficerAsync(app)}/reviews",
            () => Taixia.Json(new { year = 2025, passed = true, reviewedOn = "2026-03-15" })),
        ["POST /api/workspace/enforcement/officers/{id:guid}/trainings"] = new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/officers/{await EnforcementRecords.OfficerAsync(app)}/trainings",
            () => Taixia.Json(new { year = 2026, title = "2026年度行政执法人员公共法律知识培训", hours = 20 })),
        ["POST /api/workspace/enforcement/officers/{id:guid}/departure"] = new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/officers/{await EnforcementRecords.NewOfficerAsync(app)}/departure",
            () => Taixia.Json(new { leftOn = "2026-11-01", reason = "调县综合行政执法局" })),
        ["POST /api/workspace/enforcement/officers/{id:guid}/certificate"] = new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/officers/{await EnforcementRecords.NewOfficerAsync(app)}/certificate",
            () => Taixia.Json(new { certificateNumber = "4418239" + Guid.NewGuid().ToString("N")[..6], certificateIssuer = "示范县人民政府", validFrom = "2027-01-01", validTo = "2031-12-31" })),
        ["GET /api/workspace/enforcement/cases/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/enforcement/cases/{await EnforcementRecords.CaseAsync(app, CaseProgress.Filed)}"),
        ["PAGE /workspace/enforcement/cases/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/workspace/enforcement/cases/{await EnforcementRecords.CaseAsync(app, CaseProgress.Filed)}"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/evidence"] = CaseStepPage("evidence"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/notice"] = CaseStepPage("notice"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/statement"] = CaseStepPage("statement"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/hearing-request"] = CaseStepPage("hearing-request"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/hearing-notice"] = CaseStepPage("hearing-notice"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/hearing"] = CaseStepPage("hearing"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/legal-review-request"] = CaseStepPage("legal-review-request"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/legal-review"] = CaseStepPage("legal-review"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/discussion"] = CaseStepPage("discussion"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/decision"] = CaseStepPage("decision"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/decision-extension"] = CaseStepPage("decision-extension"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/service"] = CaseStepPage("service"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/execution"] = CaseStepPage("execution"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/closing"] = CaseStepPage("closing"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/publication"] = CaseStepPage("publication"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/revocation"] = CaseStepPage("revocation"),
        ["PAGE /workspace/enforcement/cases/{id:guid}/withdrawal"] = CaseStepPage("withdrawal"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/evidence"] = CaseStep("evidence", CaseProgress.Filed,
            new { kind = "书证", description = "当事人身份证复印件", collectedBy = "赵丽华" }, role: "officer"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/notice"] = CaseStep("notice", CaseProgress.Filed,
            new { kinds = new[] { "罚款" }, fine = EnforcementRecords.Fine }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/statement"] = CaseStep("statement", CaseProgress.Noticed,
            new { summary = "当事人称系初次违法，请求从轻处罚。", waived = false }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/hearing-request"] = CaseStep("hearing-request", CaseProgress.NoticedWithHearingRight),
        ["POST /api/workspace/enforcement/cases/{id:guid}/hearing-notice"] = CaseStep("hearing-notice", CaseProgress.HearingRequested,
            new { hearingOn = "2026-12-18", host = "孙志明" }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/hearing"] = CaseStep("hearing", CaseProgress.HearingScheduled,
            new { record = "当事人到场陈述申辩，对违法事实无异议。" }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/legal-review-request"] = CaseStep("legal-review-request", CaseProgress.Noticed),
        ["POST /api/workspace/enforcement/cases/{id:guid}/legal-review"] = CaseStep("legal-review", CaseProgress.LegalReviewRequested,
            new { opinion = 1, reasons = "主体适格，事实清楚，证据确凿，程序合法，适用法律正确。" }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/discussion"] = CaseStep("discussion", CaseProgress.Noticed,
            new { attendees = "乡长、分管副乡长、司法所所长", conclusion = "同意按拟处罚意见作出处罚决定。" }, role: "leader"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/decision"] = CaseStep("decision", CaseProgress.StatementWaived,
            new { kinds = new[] { "罚款" }, fine = EnforcementRecords.Fine, text = "经查，当事人在太霞圩主街占道经营，决定处以罚款人民币5000元。" }, role: "leader"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/decision-extension"] = CaseStep("decision-extension", CaseProgress.Filed,
            new { reason = "需委托鉴定机构对涉案财物价值进行鉴定，经负责人批准延长办案期限。" }, role: "leader"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/service"] = CaseStep("service", CaseProgress.Decided, new { method = "直接送达" }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/execution"] = CaseStep("execution", CaseProgress.Served, new { paid = EnforcementRecords.Fine }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/closing"] = CaseStep("closing", CaseProgress.Executed, new
        {
            checklist = new { subjectQualified = true, procedureLawful = true, factsClear = true, evidenceSufficient = true, lawCorrectlyApplied = true, archived = true },
        }),
        ["POST /api/workspace/enforcement/cases/{id:guid}/publication"] = CaseStep("publication", CaseProgress.Decided),
        ["POST /api/workspace/enforcement/cases/{id:guid}/revocation"] = CaseStep("revocation", CaseProgress.Decided,
            new { reason = "复查发现认定事实错误。" }, role: "leader"),
        ["POST /api/workspace/enforcement/cases/{id:guid}/withdrawal"] = CaseStep("withdrawal", CaseProgress.Revoked),
        ["POST /api/workspace/enforcement/complaints/{id:guid}/reply"] = new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/complaints/{await EnforcementRecords.ComplaintAsync(app)}/reply",
            () => Taixia.Json(new { reply = "经核查，已对相关执法人员进行批评教育，并向投诉人当面致歉。" })),
        ["PAGE /t/{code}/enforcement/decisions/{id:guid}"] = new(RecordAccess.Public,
            async app => $"/t/{OtherTownship}/enforcement/decisions/{await EnforcementRecords.DisclosureAsync(app, CaseProgress.Published)}")
        {
            UnpublishedPathFor = async app => $"/t/{OtherTownship}/enforcement/decisions/{await EnforcementRecords.DisclosureAsync(app, CaseProgress.Withdrawn)}",
        },

        // Normative documents (one step per route, each on a document at the stage the step needs)
        ["GET /api/workspace/documents/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/documents/{await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft)}"),
        ["GET /api/workspace/documents/{id:guid}/versions/{number:int}"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/documents/{await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft)}/versions/1"),
        ["GET /api/workspace/documents/{id:guid}/compare"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/documents/{await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft)}/compare?from=1&to=1"),
        ["POST /api/workspace/documents/{id:guid}/versions"] = DocumentStep("versions", DocumentProgress.Draft,
            new { title = "太霞乡集镇市容环境卫生管理办法", body = DocumentRecords.Text + "第四条 本办法自公布之日起施行。", explanation = "补充施行日期。" }),
        ["POST /api/workspace/documents/{id:guid}/public-comment"] = DocumentStep("public-comment", DocumentProgress.Draft),
        ["POST /api/workspace/documents/{id:guid}/public-comment/complete"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/documents/{(await DocumentRecords.EndedConsultationAsync(app, summaryPublished: true)).DocumentId}/public-comment/complete",
            () => Taixia.Json(new { })),
        ["POST /api/workspace/documents/{id:guid}/legality-review"] = DocumentStep("legality-review", DocumentProgress.Draft,
            new { reviewerKind = 1, advisorUserName = "taixia.advisor" }),
        ["POST /api/workspace/documents/{id:guid}/legality-review/opinion"] = DocumentStep("legality-review/opinion", DocumentProgress.UnderLegalityReview,
            new { opinion = 1, reasons = "制定主体、权限、程序合法，内容不违反上位法。" }, role: "advisor"),
        ["POST /api/workspace/documents/{id:guid}/deliberation"] = DocumentStep("deliberation", DocumentProgress.Reviewed) with
        {
            BodyFor = (app, _) => Task.FromResult(Taixia.Json(new { meetingDate = Taixia.Today(app), attendees = "乡长、副乡长、党政办主任", decision = 1, minutes = "会议审议通过。" })),
        },
        ["POST /api/workspace/documents/{id:guid}/registration"] = DocumentStep("registration", DocumentProgress.Deliberated),
        ["POST /api/workspace/documents/{id:guid}/signatures"] = DocumentStep("signatures", DocumentProgress.Registered, new { role = 1 }, role: "deputy"),
        ["POST /api/workspace/documents/{id:guid}/publication"] = DocumentStep("publication", DocumentProgress.Issued) with
        {
            BodyFor = (app, _) => Task.FromResult(Taixia.Json(DocumentRecords.PublicationBody(app))),
        },
        ["POST /api/workspace/documents/{id:guid}/filing"] = DocumentStep("filing", DocumentProgress.Published),
        ["POST /api/workspace/documents/{id:guid}/amendment"] = DocumentStep("amendment", DocumentProgress.CorrectionOrdered,
            new { reason = "按县司法局备案审查意见修改第三条" }),
        ["POST /api/workspace/documents/{id:guid}/repeal"] = DocumentStep("repeal", DocumentProgress.Published, new { reason = "上位法已修改，本办法废止。" }),
        ["POST /api/workspace/documents/{id:guid}/suspension"] = DocumentStep("suspension", DocumentProgress.CorrectionOrdered, new { reason = "按县级备案审查意见停止执行。" }),
        ["POST /api/workspace/documents/{id:guid}/revocation"] = DocumentStep("revocation", DocumentProgress.CorrectionOrdered, new { reason = "按县级备案审查意见撤销。" }),
        ["POST /api/workspace/documents/{id:guid}/evaluations"] = DocumentStep("evaluations", DocumentProgress.Published) with
        {
            BodyFor = (app, _) => Task.FromResult(Taixia.Json(new { evaluatedOn = Taixia.Today(app), evaluator = "太霞乡司法所", findings = "门前三包落实率明显提高。", conclusion = "继续实施。" })),
        },
        ["POST /api/workspace/documents/cleanups/{id:guid}/decisions"] = new(RecordAccess.Township,
            async app => $"/api/workspace/documents/cleanups/{await DocumentRecords.CleanupAsync(app, decided: false)}/decisions")
        {
            BodyFor = async (app, path) => Taixia.Json(new { documentId = await DocumentRecords.DocumentInCleanupAsync(app, path), outcome = 1, reason = "符合上位法，继续有效。" }),
        },
        ["POST /api/workspace/documents/cleanups/{id:guid}/publication"] = new(RecordAccess.Township,
            async app => $"/api/workspace/documents/cleanups/{await DocumentRecords.CleanupAsync(app, decided: true)}/publication",
            () => Taixia.Json(new { })),
        ["POST /api/county/filings/{filingId:guid}/decision"] = new(RecordAccess.County,
            async app => $"/api/county/filings/{await DocumentRecords.FilingAsync(app)}/decision",
            () => Taixia.Json(new { accept = true, reasons = "制定主体、程序合法，准予备案。" })),
        ["GET /api/portal/{code}/documents/{id:guid}"] = new(RecordAccess.Public,
            async app => $"/api/portal/{OtherTownship}/documents/{await DocumentRecords.DocumentAsync(app, DocumentProgress.Published)}")
        {
            UnpublishedPathFor = async app => $"/api/portal/{OtherTownship}/documents/{await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft)}",
        },

        // Public consultation
        ["GET /api/consultations/{id:guid}"] = new(RecordAccess.Public, async app => $"/api/consultations/{await DocumentRecords.ConsultationAsync(app)}")
        {
            UnpublishedPathFor = async app => $"/api/consultations/{await DocumentRecords.HiddenConsultationAsync(app)}",
        },
        ["POST /api/consultations/{id:guid}/comments"] = new(RecordAccess.Public,
            async app => $"/api/consultations/{await DocumentRecords.ConsultationAsync(app)}/comments",
            () => Taixia.Json(new { article = 2, content = "建议增加对临街商户的宣传告知。", name = "王五" }))
        {
            UnpublishedPathFor = async app => $"/api/consultations/{await DocumentRecords.HiddenConsultationAsync(app)}/comments",
        },
        ["PAGE /t/{code}/consultations/{id:guid}"] = new(RecordAccess.Public, async app => $"/t/{OtherTownship}/consultations/{await DocumentRecords.ConsultationAsync(app)}")
        {
            UnpublishedPathFor = async app => $"/t/{OtherTownship}/consultations/{await DocumentRecords.HiddenConsultationAsync(app)}",
        },
        ["GET /api/workspace/consultations/{id:guid}/comments"] = new(RecordAccess.Township, async app =>
            $"/api/workspace/consultations/{await DocumentRecords.ConsultationAsync(app)}/comments"),
        ["PAGE /workspace/consultations/{id:guid}"] = new(RecordAccess.Township, async app =>
            $"/workspace/consultations/{await DocumentRecords.ConsultationAsync(app)}"),
        ["POST /api/workspace/consultations/{id:guid}/opinions"] = new(RecordAccess.Township,
            async app => $"/api/workspace/consultations/{await DocumentRecords.ConsultationAsync(app)}/opinions",
            () => Taixia.Json(new { channel = 3, receivedOn = "2026-11-23", summary = "12345来电：建议延长征求意见时间。", submitterName = "赵六" })),
        ["POST /api/workspace/consultations/comments/{commentId:guid}/decision"] = new(RecordAccess.Township,
            async app => $"/api/workspace/consultations/comments/{await DocumentRecords.CommentAsync(app)}/decision",
            () => Taixia.Json(new { adopted = true, reason = "已在第三条中明确范围。" })),
        ["POST /api/workspace/consultations/{id:guid}/summary"] = new(RecordAccess.Township,
            async app => $"/api/workspace/consultations/{(await DocumentRecords.EndedConsultationAsync(app, summaryPublished: false)).ConsultationId}/summary",
            () => Taixia.Json(new { })),
    };

    /// <summary>One step of a case of 太霞乡 that has reached <paramref name="progress"/>.</summary>
    private static ForeignRecordRoute CaseStep(string step, CaseProgress progress, object? body = null, string role = "clerk") =>
        new(RecordAccess.Township,
            async app => $"/api/workspace/enforcement/cases/{await EnforcementRecords.CaseAsync(app, progress)}/{step}",
            () => Taixia.Json(body ?? new { })) { Role = role };

    /// <summary>The page of one step of a case of 太霞乡 (GET shows the step's form under the case's heading).</summary>
    private static ForeignRecordRoute CaseStepPage(string step) =>
        new(RecordAccess.Township, async app => $"/workspace/enforcement/cases/{await EnforcementRecords.CaseAsync(app, CaseProgress.Filed)}/{step}");

    /// <summary>One step of a document of 太霞乡 that has reached <paramref name="progress"/>.</summary>
    private static ForeignRecordRoute DocumentStep(string step, DocumentProgress progress, object? body = null, string role = "clerk") =>
        new(RecordAccess.Township,
            async app => $"/api/workspace/documents/{await DocumentRecords.DocumentAsync(app, progress)}/{step}",
            () => Taixia.Json(body ?? new { })) { Role = role };

    public static Task<Guid> OtherTownshipIdAsync(FazhiApp app) =>
        app.WithDbAsync(db => db.Set<Township>().Where(t => t.DivisionCode == OtherTownship).Select(t => t.Id).SingleAsync());

    /// <summary>A new village of 太霞乡, written as the system would.</summary>
    public static async Task<Guid> VillageOfOtherTownshipAsync(FazhiApp app)
    {
        var townshipId = await OtherTownshipIdAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var village = new Village
            {
                TownshipId = townshipId,
                Name = "测试村" + Guid.NewGuid().ToString("N")[..6],
                DivisionCode = "990100102" + Random.Shared.Next(500, 999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            db.Add(village);
            await db.SaveChangesAsync();
            return village.Id;
        });
    }
}
