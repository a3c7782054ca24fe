using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Pages;

internal sealed class CollectiveMatterModel(CollectiveMatterRegister register, DecisionWorkflow workflow, IAttachments attachments) : PageModel
{
    public CollectiveMatter Matter { get; private set; } = null!;

    public List<CollectiveMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public string? Error { get; private set; }

    public DateOnly Today => register.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, string? meetingName, DateOnly? heldOn, string? chair, string? attendees, string? absentees, string? views, string? head,
        MeetingOutcome outcome, string? minutes, string? overruleReasons, CancellationToken ct)
    {
        foreach (var (key, value, message) in new[] { ("meetingName", meetingName, "请填写会议名称。"), ("chair", chair, "请填写主持人。"), ("attendees", attendees, "请填写参会人员。"),
            ("minutes", minutes, "请填写会议纪要。"), ("head", head, "请填写行政首长姓名。") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError(key, message);
            }
        }

        var matter = await register.FindAsync(id, ct);
        if (matter is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await register.DecideAsync(matter, new MeetingCommand(meetingName!, heldOn, chair!, attendees!, absentees, minutes!, outcome, overruleReasons,
                    DetailModel.ParseViews(views, head)), ct);
                return Redirect($"/workspace/decisions/collective-matters/{id}");
            }
            catch (BusinessRuleException e)
            {
                Error = e.Message;
            }
        }

        HttpContext.RequestServices.GetRequiredService<Platform.Data.FazhiDbContext>().ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAudioAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        var matter = await register.FindAsync(id, ct);
        if (matter is null)
        {
            return NotFound();
        }

        if (file is null)
        {
            ModelState.AddModelError("file", "请选择录音文件。");
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                await register.AttachAudioAsync(matter, file.FileName, stream, ct);
                return Redirect($"/workspace/decisions/collective-matters/{id}");
            }
            catch (BusinessRuleException e)
            {
                Error = e.Message;
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var matter = await register.FindAsync(id, ct);
        if (matter is null)
        {
            return false;
        }

        Matter = matter;
        Meetings = await workflow.MeetingsForAsync(id, ct);
        Files = await attachments.ForOwnerAsync(id, ct);
        return true;
    }
}
