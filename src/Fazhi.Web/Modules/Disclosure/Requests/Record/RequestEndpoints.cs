using Fazhi.Modules.Disclosure.Letters;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Requests.Record;

/// <summary>An application as the API answers it (township staff only: it carries the applicant's personal information).</summary>
internal sealed record RequestResponse(Guid Id, string Number, RequestState State, RequestChannel Channel, ApplicantKind ApplicantKind, string ApplicantName, string Phone,
    string Description, DateOnly SubmittedOn, DateOnly? ReceivedOn, DateOnly? CorrectionNoticeOn, DateOnly? CorrectionDueOn, DateOnly? ConsultationSentOn,
    DateOnly? ConsultationEndedOn, int PausedWorkingDays, int ExtensionDays, DateOnly? ReplyDueOn, ReplyType? ReplyType, RefusalGround? RefusalGround, DateOnly? RepliedOn,
    ClosingKind? ClosingKind)
{
    public static RequestResponse From(DisclosureRequest r) => new(r.Id, r.Number, r.State, r.Channel, r.ApplicantKind, r.ApplicantName, r.Phone, r.Description, r.SubmittedOn,
        r.ReceivedOn, r.CorrectionNoticeOn, r.CorrectionDueOn, r.ConsultationSentOn, r.ConsultationEndedOn, r.PausedWorkingDays, r.ExtensionDays, r.ReplyDueOn, r.ReplyType,
        r.RefusalGround, r.RepliedOn, r.ClosingKind);
}

/// <summary>The reply letter of an application, with the township's names for its head.</summary>
internal sealed class ReplyLetters(FazhiDbContext db)
{
    public async Task<(byte[] Content, string FileName)?> ForAsync(DisclosureRequest r, CancellationToken ct)
    {
        if (r.RepliedOn is null)
        {
            return null;
        }

        var head = await db.Set<Township>().AsNoTracking().Where(t => t.Id == r.TownshipId)
            .Join(db.Set<Fazhi.Modules.Organization.County>().AsNoTracking(), t => t.CountyId, c => c.Id, (t, c) => new LetterHead(t.GovernmentName, t.ShortName, c.Name + "人民政府"))
            .SingleAsync(ct);
        return (ReplyLetterWriter.Write(head, r), $"政府信息公开申请答复书_{r.Number}.docx");
    }
}

internal static class RequestEndpoints
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    internal static void MapRequestRecord(this RouteGroupBuilder group)
    {
        group.MapGet("/requests/{id:guid}", async (Guid id, RequestDesk desk, CancellationToken ct) =>
            await desk.FindAsync(id, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound()).WithSummary("政府信息公开申请");
        group.MapGet("/requests/{id:guid}/reply.docx", async (Guid id, RequestDesk desk, ReplyLetters letters, CancellationToken ct) =>
            await desk.FindAsync(id, ct) is { } r && await letters.ForAsync(r, ct) is { } letter ? Results.File(letter.Content, DocxType, letter.FileName) : Results.NotFound())
            .WithSummary("政府信息公开申请答复书（DOCX）");
        group.MapGet("/requests/export.xlsx", async ([Microsoft.AspNetCore.Http.AsParameters] Ledger.RequestFilter filter, Ledger.RequestLedger ledger, CancellationToken ct) =>
            Results.File(await ledger.ExportAsync(filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "依申请公开登记台账.xlsx"))
            .WithSummary("依申请公开登记台账（Excel）");
    }
}
