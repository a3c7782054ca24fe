using Fazhi.Modules.Organization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Fazhi.Modules.Disputes.Intake;

/// <summary>The township's villages, offices and staff, for the select boxes of the module's forms (ViewData["Choices"]).</summary>
internal sealed record FormChoices(IReadOnlyList<Village> Villages, IReadOnlyList<string> Offices, IReadOnlyList<StaffMember> Staff, DateOnly Today)
{
    public const string Key = "Choices";

    public static async Task<FormChoices> LoadAsync(TownshipDirectory directory, Guid townshipId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new(await directory.VillagesAsync(townshipId, ct), await directory.OfficesAsync(townshipId, ct), await directory.StaffAsync(townshipId, ct), today);
    }

    public IEnumerable<SelectListItem> VillageItems(Guid? selected) =>
        Villages.Select(v => new SelectListItem(v.Name, v.Id.ToString(), v.Id == selected));

    public IEnumerable<SelectListItem> OfficeItems(string? selected) =>
        Offices.Select(o => new SelectListItem(o, o, o == selected));

    public IEnumerable<SelectListItem> StaffItems(string? selected, bool leadersOnly = false) =>
        Staff.Where(s => !leadersOnly || s.IsLeader).Select(s => new SelectListItem($"{s.Name}{(s.Position is null ? "" : "（" + s.Position + "）")}", s.UserName, s.UserName == selected));
}
