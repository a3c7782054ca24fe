using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PublicParticipation.NoticeHearing;

internal sealed class NoticeHearingPage(NoticeHearingHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<NoticeHearingRequest>(db, clock)
{
    public static string PathFor(Guid id, Guid hearingId) => $"/workspace/decisions/{id}/hearings/{hearingId}/notice";

    [BindProperty(SupportsGet = true)]
    public Guid HearingId { get; set; }

    public override async Task<bool> LoadAsync(CancellationToken ct) => await base.LoadAsync(ct) && Decision.Hearing(HearingId) is not null;

    protected override NoticeHearingRequest BlankFor(MajorDecision decision, DateOnly today) => NoticeHearingHandler.BlankFor(decision, today);

    [WhoMay<HearingNoticedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(NoticeHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, HearingId, request, ct) is { } decision
            ? Done("已记录听证材料的公布和送达。听证会举行后记录经参加人签字确认的笔录（第十七条）。")
            : NotFound();
}
