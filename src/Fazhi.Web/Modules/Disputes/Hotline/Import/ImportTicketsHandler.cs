using Fazhi.Modules.Disputes.Intake;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.Import;

internal sealed record ImportTicketsResult(int Rows, int Added, int AlreadyReceived);

/// <summary>The county hotline's sheet was refused: the rows that could not be read, nothing imported.</summary>
internal sealed record TicketSheetRefused(IReadOnlyList<TicketSheet.Problem> Problems) : IBusinessRule
{
    public bool IsBroken => Problems.Count > 0;

    public string Code => "disputes.hotline.sheet-invalid";

    public string Message => "工单表未导入（一条也未导入），请修改后重新导入：" + string.Join("；", Problems.Take(10).Select(p => p.Row > 0 ? $"第{p.Row}行：{p.Reason}" : p.Reason))
        + (Problems.Count > 10 ? $"；另有{Problems.Count - 10}行有误" : "") + "。";

    public string? Field => "file";
}

internal sealed class TicketsImportedByClerkOrLeader() : WhoMayRule(
    "disputes.hotline.import.who", "12345 工单由法制员（热线工作人员）或领导从热线平台导入，一个平台受理、一个平台分拨。", Roles.LegalClerk, Roles.Leader);

/// <summary>Imports the hotline's sheet in one unit of work: every row is checked first, and nothing is saved if one is wrong.</summary>
internal sealed class ImportTicketsHandler(FazhiDbContext db, HotlineDesk desk)
{
    public async Task<ImportTicketsResult> HandleAsync(Actor actor, Stream content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        WhoMayRule.Of<TicketsImportedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff import tickets.");
        var csv = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        BusinessRule.Check(new TicketSheetRefused(csv || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? [] : [new TicketSheet.Problem(0, "仅支持 .xlsx 或 .csv 文件。")]));
        var (tickets, problems) = TicketSheet.Read(content, csv);
        BusinessRule.Check(new TicketSheetRefused(problems));
        var added = 0;
        foreach (var input in tickets)
        {
            if ((await desk.ReceiveAsync(townshipId, input, Model.TicketArrival.Import, IntakeDesk.By(actor), ct)).Created)
            {
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportTicketsResult(tickets.Count, added, tickets.Count - added);
    }
}
