using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Catalogue.AddEntry;

/// <summary>第12条: an item of the 目录 — its category (第20–21条), name, summary and the day it was formed or changed.</summary>
public sealed record AddEntryRequest(
    [EnumDataType(typeof(InformationCategory), ErrorMessage = "请选择信息类别。")] InformationCategory Category,
    [Required(ErrorMessage = "请填写信息名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写内容概述。"), MaxLength(2000, ErrorMessage = "内容概述不超过 2000 字。")] string Summary,
    [Required(ErrorMessage = "请填写信息形成或变更日期。")] DateOnly? FormedOn,
    [MaxLength(500, ErrorMessage = "链接不超过 500 个字符。")] string? Link)
{
    public static AddEntryRequest Blank { get; } = new(InformationCategory.AgriculturalPolicy, "", "", null, null);
}

/// <summary>第4条: the 政府信息公开工作机构 (the legal clerk) or a leader keeps the catalogue.</summary>
internal sealed class CatalogueKeptByClerkOrLeader() : WhoMayRule(
    "disclosure.catalogue.add.who", "政府信息公开目录由政府信息公开工作机构（法制员）或领导编制（《政府信息公开条例》第四条、第十二条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class AddEntryHandler(CatalogueDesk desk)
{
    public async Task<DisclosureItem> HandleAsync(Actor actor, AddEntryRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<CatalogueKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff keep a catalogue.");
        var formed = form.FormedOn!.Value;
        var entry = DisclosureItem.Register(townshipId, await desk.DivisionCodeAsync(townshipId, ct), await desk.NextSequenceAsync(townshipId, formed.Year, ct),
            form.Category, form.Title, form.Summary, formed, form.Link, desk.Today);
        desk.Db.Add(entry);
        // 第26条: 20 working days from forming or changing; the clerk publishes it as the next step.
        await desk.Deadlines.OpenAsync(DisclosureDeadlines.Publication, townshipId, CatalogueDesk.SubjectOf(entry), formed, ct);
        await desk.Db.SaveChangesAsync(ct);
        return entry;
    }
}
