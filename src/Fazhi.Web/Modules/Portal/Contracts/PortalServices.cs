namespace Fazhi.Modules.Portal.Contracts;

/// <summary>
/// A way for the public to write to the township — a complaint, a request, an application, an opinion — offered on the
/// portal's 我要投诉/建议 page, and the status page where the receipt number follows it (办理进度查询). Modules register
/// theirs; the portal lists them on every township, so a citizen does not have to know which office a matter belongs to.
/// </summary>
/// <param name="Title">What the citizen does, e.g. 行政执法投诉.</param>
/// <param name="Description">One sentence: what it is for and when the answer comes.</param>
/// <param name="Path">Below the township's portal address, e.g. <c>enforcement/complaint</c>.</param>
/// <param name="StatusPath">The status page below the township's address, or null when the path has none.</param>
/// <param name="Order">Position on the page.</param>
/// <param name="Column">The portal column whose page also offers it (执法公示 offers the complaint).</param>
public sealed record PortalService(string Title, string Description, string Path, string? StatusPath, int Order, PortalColumn? Column = null)
{
    public string Url(string divisionCode) => $"/t/{divisionCode}/{Path}";

    public string? StatusUrl(string divisionCode) => StatusPath is null ? null : $"/t/{divisionCode}/{StatusPath}";
}
