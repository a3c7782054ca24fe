using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Catalogue.EditGuide;

/// <summary>第12条第2款: the 政府信息公开工作机构's name, address, hours, phone, fax and online contact.</summary>
public sealed record EditGuideRequest(
    [Required(ErrorMessage = "请填写政府信息公开工作机构名称。"), MaxLength(100, ErrorMessage = "名称不超过 100 字。")] string OfficeName,
    [Required(ErrorMessage = "请填写办公地址。"), MaxLength(200, ErrorMessage = "地址不超过 200 字。")] string Address,
    [Required(ErrorMessage = "请填写办公时间。"), MaxLength(200, ErrorMessage = "办公时间不超过 200 字。")] string Hours,
    [Required(ErrorMessage = "请填写联系电话。"), MaxLength(50, ErrorMessage = "联系电话不超过 50 个字符。")] string Phone,
    [MaxLength(50, ErrorMessage = "传真号码不超过 50 个字符。")] string? Fax,
    [MaxLength(200, ErrorMessage = "互联网联系方式不超过 200 字。")] string? OnlineContact);

internal sealed class GuideKeptByClerkOrLeader() : WhoMayRule(
    "disclosure.guide.who", "政府信息公开指南由政府信息公开工作机构（法制员）或领导编制、更新（《政府信息公开条例》第十二条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class EditGuideHandler(CatalogueDesk desk)
{
    public Task<DisclosureGuide?> FindAsync(CancellationToken ct) => desk.Db.Set<DisclosureGuide>().SingleOrDefaultAsync(ct);

    public async Task<DisclosureGuide> HandleAsync(Actor actor, EditGuideRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<GuideKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff keep a guide.");
        var guide = await desk.Db.Set<DisclosureGuide>().SingleOrDefaultAsync(g => g.TownshipId == townshipId, ct);
        if (guide is null)
        {
            guide = DisclosureGuide.For(townshipId);
            desk.Db.Add(guide);
        }

        guide.Update(form.OfficeName, form.Address, form.Hours, form.Phone, form.Fax, form.OnlineContact, desk.Today);
        await desk.Db.SaveChangesAsync(ct);
        return guide;
    }
}
