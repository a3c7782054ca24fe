using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Disclosure.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Catalogue;

/// <summary>
/// Files other modules' publications into the catalogue. An entry is found by its source, in the unit of work first
/// (a step may file twice before saving) and then in the database; a new entry takes the next 索引号 of its year,
/// counting entries added in this unit of work too.
/// </summary>
internal sealed class CatalogueFiler(CatalogueDesk desk) : IDisclosureCatalogue
{
    public async Task<string> FileAsync(CatalogueFiling filing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var category = (InformationCategory)(int)filing.Category;
        if (await FindAsync(filing.SourceModule, filing.SourceId, cancellationToken) is { } entry)
        {
            entry.Refile(category, filing.Title, filing.Summary, filing.Link, filing.PublishedOn);
            entry.SetTerm(filing.ValidUntil);
            return entry.IndexNumber;
        }

        var year = filing.FormedOn.Year;
        var local = desk.Db.Set<DisclosureItem>().Local.Where(e => e.TownshipId == filing.TownshipId && e.Year == year).Select(e => e.Sequence).DefaultIfEmpty(0).Max();
        var sequence = Math.Max(local + 1, await desk.NextSequenceAsync(filing.TownshipId, year, cancellationToken));
        var created = DisclosureItem.FiledFrom(filing.SourceModule, filing.SourceId, filing.TownshipId, await desk.DivisionCodeAsync(filing.TownshipId, cancellationToken), sequence,
            category, filing.Title, filing.Summary, filing.FormedOn, filing.PublishedOn, filing.Link);
        created.SetTerm(filing.ValidUntil);
        desk.Db.Add(created);
        return created.IndexNumber;
    }

    public async Task WithdrawAsync(string sourceModule, Guid sourceId, DateOnly withdrawnOn, CancellationToken cancellationToken)
    {
        if (await FindAsync(sourceModule, sourceId, cancellationToken) is { } entry)
        {
            entry.Withdraw(withdrawnOn);
        }
    }

    public async Task EndValidityAsync(string sourceModule, Guid sourceId, CatalogueValidity ended, DateOnly endedOn, CancellationToken cancellationToken)
    {
        if (await FindAsync(sourceModule, sourceId, cancellationToken) is { } entry)
        {
            entry.EndValidity((InformationValidity)(int)ended, endedOn);
        }
    }

    private async Task<DisclosureItem?> FindAsync(string sourceModule, Guid sourceId, CancellationToken ct) =>
        desk.Db.Set<DisclosureItem>().Local.FirstOrDefault(e => e.SourceModule == sourceModule && e.SourceId == sourceId)
        ?? await desk.Db.Set<DisclosureItem>().FirstOrDefaultAsync(e => e.SourceModule == sourceModule && e.SourceId == sourceId, ct);
}
