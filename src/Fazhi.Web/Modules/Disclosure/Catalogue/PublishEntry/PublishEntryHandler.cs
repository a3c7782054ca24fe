using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Catalogue.PublishEntry;

internal sealed record PublishEntryRequest(DateOnly? On);

internal sealed class DisclosureItemPublishedByClerkOrLeader() : WhoMayRule(
    "disclosure.catalogue.publish.who", "主动公开政府信息由政府信息公开工作机构（法制员）或领导发布（《政府信息公开条例》第十七条、第二十六条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class PublishEntryHandler(CatalogueDesk desk)
{
    public async Task<DisclosureItem?> HandleAsync(Actor actor, Guid id, PublishEntryRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<DisclosureItemPublishedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } entry)
        {
            return null;
        }

        entry.Publish(form.On ?? desk.Today, desk.Today);
        await desk.Deadlines.MeetAsync(DisclosureDeadlines.PublicationCode, entry.Id, entry.PublishedOn!.Value, ct);
        await desk.Db.SaveChangesAsync(ct);
        return entry;
    }
}
