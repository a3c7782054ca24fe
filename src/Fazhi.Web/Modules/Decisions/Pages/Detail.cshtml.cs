using System.Globalization;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Archive;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Pages;

/// <summary>A decision's page: every step of 国务院令第713号 with its record and the form for the next step.</summary>
internal sealed class DetailModel(DecisionWorkflow workflow, ArchiveService archive, IConsultations consultations, IAttachments attachments, IDeadlines deadlines) : PageModel
{
    public MajorDecision Decision { get; private set; } = null!;

    public List<CollectiveMeeting> Meetings { get; private set; } = [];

    public ConsultationInfo? Consultation { get; private set; }

    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public bool? SealHolds { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Today => workflow.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCommentAsync(Guid id, int? days, string? shortenedReason, CancellationToken ct) =>
        RunAsync(id, d => workflow.OpenPublicCommentAsync(d, days, shortenedReason, ct), ct);

    public Task<IActionResult> OnPostHearingAsync(Guid id, string? subject, string? place, DateOnly? heldOn, string? selection, string? participants, DateOnly? noticedOn, CancellationToken ct)
    {
        Require("subject", subject, "请填写听证事项。");
        Require("place", place, "请填写听证地点。");
        Require("heldOn", heldOn, "请填写听证日期。");
        Require("selection", selection, "请填写参加人遴选办法。");
        Require("participants", participants, "请填写听证参加人。");
        return RunAsync(id, d => workflow.ScheduleHearingAsync(d, subject!, place!, heldOn!.Value, selection!, participants!, noticedOn, ct), ct);
    }

    public Task<IActionResult> OnPostHearingNoticeAsync(Guid id, Guid hearingId, DateOnly? noticedOn, CancellationToken ct) =>
        RunAsync(id, d => workflow.NoticeHearingAsync(d, hearingId, noticedOn, ct), ct);

    public Task<IActionResult> OnPostHearingRecordAsync(Guid id, Guid hearingId, string? record, bool signed, CancellationToken ct)
    {
        Require("record", record, "请填写听证笔录。");
        return RunAsync(id, d => workflow.RecordHearingAsync(d, hearingId, record!, signed, null, ct), ct);
    }

    public Task<IActionResult> OnPostExpertAsync(Guid id, string? expert, string? affiliation, string? form, string? opinion, bool hasInterest, bool adopted, string? adoptionNote, CancellationToken ct)
    {
        Require("expert", expert, "请填写专家姓名。");
        Require("affiliation", affiliation, "请填写专家单位和职称。");
        Require("opinion", opinion, "请填写书面论证意见。");
        return RunAsync(id, d => workflow.AddExpertOpinionAsync(d, expert!, affiliation!, string.IsNullOrWhiteSpace(form) ? "书面咨询" : form, opinion!, hasInterest, null, adopted, adoptionNote, ct), ct);
    }

    /// <summary>Risk points are entered one per line: 类别｜风险点｜可能性(1-5)｜影响(1-5)｜防范措施.</summary>
    public Task<IActionResult> OnPostRiskAsync(Guid id, string? assessor, string? points, RiskLevel? level, string? mitigation, string? contingencyPlan, CancellationToken ct)
    {
        Require("assessor", assessor, "请填写评估单位。");
        Require("level", level, "请选择总体风险等级。");
        Require("mitigation", mitigation, "请填写风险防范措施。");
        var parsed = new List<RiskPoint>();
        foreach (var line in (points ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(['|', '｜']);
            if (parts.Length != 5 || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var likelihood)
                || !int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var impact))
            {
                ModelState.AddModelError("points", $"无法识别“{line}”：每行应为 类别｜风险点｜可能性(1-5)｜影响(1-5)｜防范措施。");
                continue;
            }

            parsed.Add(RiskPoint.Create(parts[0], parts[1], likelihood, impact, parts[4]));
        }

        if (parsed.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError("points", "请至少列明一个风险点。");
        }

        return RunAsync(id, d => workflow.RecordRiskAssessmentAsync(d, assessor!, null, parsed, level!.Value, mitigation!, contingencyPlan, ct), ct);
    }

    public Task<IActionResult> OnPostReviewRequestAsync(Guid id, DateOnly? replyBy, CancellationToken ct) =>
        RunAsync(id, d => workflow.RequestLegalityReviewAsync(d, null, replyBy, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, LegalityOpinion? opinion, string? opinionText, CancellationToken ct)
    {
        Require("opinion", opinion, "请选择审查结论。");
        Require("opinionText", opinionText, "请填写书面审查意见。");
        if (!User.IsInRole(Platform.Auth.Roles.LegalAdvisor) && !User.IsInRole(Platform.Auth.Roles.LegalClerk))
        {
            ModelState.AddModelError("opinion", "合法性审查意见由法律顾问或法制员出具。");
        }

        return RunAsync(id, d => workflow.RecordLegalityOpinionAsync(d, User.Identity?.Name ?? "", opinion!.Value, opinionText!, null, ct), ct);
    }

    /// <summary>Views are entered in speaking order, one per line: 姓名｜职务｜同意/不同意/弃权/原则同意｜发言要点; the head is named separately.</summary>
    public Task<IActionResult> OnPostMeetingAsync(Guid id, string? meetingName, DateOnly? heldOn, string? chair, string? attendees, string? absentees, string? views, string? head,
        MeetingOutcome outcome, string? minutes, string? overruleReasons, CancellationToken ct)
    {
        Require("meetingName", meetingName, "请填写会议名称。");
        Require("chair", chair, "请填写主持人。");
        Require("attendees", attendees, "请填写参会人员。");
        Require("minutes", minutes, "请填写会议纪要。");
        Require("head", head, "请填写行政首长姓名。");
        var parsed = ParseViews(views, head);
        return RunAsync(id, d => workflow.DecideAsync(d, new MeetingCommand(meetingName!, heldOn, chair!, attendees!, absentees, minutes!, outcome, overruleReasons, parsed), ct), ct);
    }

    public Task<IActionResult> OnPostPartyRequirementAsync(Guid id, bool required, CancellationToken ct) =>
        RunAsync(id, d => workflow.RequirePartyCommitteeReportAsync(d, required, ct), ct);

    public Task<IActionResult> OnPostPartyReportAsync(Guid id, string? committee, string? matter, DateOnly? reportedOn, CancellationToken ct)
    {
        Require("committee", committee, "请填写请示报告的党委。");
        Require("matter", matter, "请填写请示报告事项。");
        return RunAsync(id, d => workflow.ReportToPartyCommitteeAsync(d, committee!, matter!, reportedOn, ct), ct);
    }

    /// <summary>第31条: the committee's reply, with its written reply attached to the archive when there is one.</summary>
    public Task<IActionResult> OnPostPartyReplyAsync(Guid id, bool? agreed, string? reply, DateOnly? repliedOn, IFormFile? replyFile, CancellationToken ct)
    {
        Require("agreed", agreed, "请选择党委是否同意。");
        Require("reply", reply, "请填写党委的意见。");
        return RunAsync(id, async d =>
        {
            if (replyFile is { Length: > 0 })
            {
                await using var stream = replyFile.OpenReadStream();
                await workflow.RecordPartyCommitteeReplyAsync(d, agreed!.Value, reply!, repliedOn, ct, (replyFile.FileName, stream));
            }
            else
            {
                await workflow.RecordPartyCommitteeReplyAsync(d, agreed!.Value, reply!, repliedOn, ct);
            }
        }, ct);
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, string? documentNumber, string? text, string? interpretation, CancellationToken ct)
    {
        Require("documentNumber", documentNumber, "请填写文号。");
        Require("text", text, "请填写决策文本。");
        Require("interpretation", interpretation, "请填写意见采纳情况说明和解读。");
        return RunAsync(id, d => workflow.PublishAsync(d, documentNumber!, text!, interpretation!, null, ct), ct);
    }

    public Task<IActionResult> OnPostMilestoneAsync(Guid id, string? title, string? executor, DateOnly? dueOn, CancellationToken ct)
    {
        Require("title", title, "请填写执行节点。");
        Require("executor", executor, "请填写执行单位。");
        Require("dueOn", dueOn, "请填写完成期限。");
        return RunAsync(id, d => workflow.AddMilestoneAsync(d, title!, executor!, dueOn!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostMilestoneDoneAsync(Guid id, Guid milestoneId, string? note, CancellationToken ct)
    {
        Require("note", note, "请填写完成情况。");
        return RunAsync(id, d => workflow.CompleteMilestoneAsync(d, milestoneId, note!, null, ct), ct);
    }

    public Task<IActionResult> OnPostEvaluationAsync(Guid id, string? trigger, string? evaluator, DateOnly? dueOn, CancellationToken ct)
    {
        Require("trigger", trigger, "请填写评估启动原因。");
        Require("evaluator", evaluator, "请填写评估单位。");
        Require("evalDueOn", dueOn, "请填写评估完成期限。");
        return RunAsync(id, d => workflow.PlanEvaluationAsync(d, trigger!, evaluator!, null, dueOn!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostEvaluationDoneAsync(Guid id, Guid evaluationId, EvaluationConclusion conclusion, string? report, CancellationToken ct)
    {
        Require("report", report, "请填写评估报告。");
        return RunAsync(id, d => workflow.CompleteEvaluationAsync(d, evaluationId, conclusion, report!, null, ct), ct);
    }

    public Task<IActionResult> OnPostUploadAsync(Guid id, string? purpose, IFormFile? file, CancellationToken ct)
    {
        Require("purpose", purpose, "请填写材料用途，如会议录音、风险评估报告。");
        Require("file", file, "请选择文件。");
        return RunAsync(id, async d =>
        {
            await using var stream = file!.OpenReadStream();
            await workflow.AttachAsync(d, purpose!.Trim(), file.FileName, stream, ct);
        }, ct);
    }

    public Task<IActionResult> OnPostCloseArchiveAsync(Guid id, CancellationToken ct) => RunAsync(id, d => archive.CloseAsync(d, ct), ct);

    internal static List<MemberView> ParseViews(string? text, string? head)
    {
        var result = new List<MemberView>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(['|', '｜'], 4);
            var member = parts[0].Trim();
            result.Add(new MemberView
            {
                Member = member,
                Post = parts.Length > 1 ? parts[1].Trim() : "",
                IsHead = string.Equals(member, head?.Trim(), StringComparison.Ordinal),
                Position = (parts.Length > 2 ? parts[2].Trim() : "") switch
                {
                    "不同意" => MemberPosition.Disagree,
                    "弃权" => MemberPosition.Abstain,
                    "原则同意" => MemberPosition.AgreeWithChanges,
                    _ => MemberPosition.Agree,
                },
                View = parts.Length > 3 ? parts[3].Trim() : "",
            });
        }

        return result;
    }

    private void Require(string key, object? value, string message)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<MajorDecision, Task> step, CancellationToken ct)
    {
        var decision = await workflow.FindAsync(id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await step(decision);
                return Redirect($"/workspace/decisions/{id}");
            }
            catch (BusinessRuleException e)
            {
                Error = e.Message;
            }
        }

        // Reload from the database: a refused step must not show half-applied changes.
        HttpContext.RequestServices.GetRequiredService<Platform.Data.FazhiDbContext>().ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var decision = await workflow.FindAsync(id, ct);
        if (decision is null)
        {
            return false;
        }

        Decision = decision;
        Meetings = await workflow.MeetingsForAsync(id, ct);
        Consultation = decision.ConsultationId is { } c ? await consultations.FindAsync(c, Today, ct) : null;
        var files = (await attachments.ForOwnerAsync(id, ct)).ToList();
        foreach (var m in Meetings)
        {
            files.AddRange(await attachments.ForOwnerAsync(m.Id, ct));
        }

        Files = files;
        var due = (await deadlines.ForSubjectAsync(id, ct)).ToList();
        foreach (var sub in decision.Hearings.Select(h => h.Id).Concat(decision.Milestones.Select(m => m.Id)).Concat(decision.Evaluations.Select(e => e.Id)))
        {
            due.AddRange(await deadlines.ForSubjectAsync(sub, ct));
        }

        Deadlines = due.OrderBy(x => x.DueDate).ToList();
        SealHolds = await archive.SealHoldsAsync(decision, ct);
        return true;
    }
}
