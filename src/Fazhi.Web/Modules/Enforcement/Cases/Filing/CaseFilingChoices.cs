using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

/// <summary>An officer offered on the filing form, with why they may not be assigned today (第四十二条), if so.</summary>
internal sealed record OfficerChoice(Guid Id, string Name, string CertificateNumber, string? Problem)
{
    /// <summary>
    /// One line for the picker: the name once, the certificate and its status. The rule's reason names the officer
    /// (“张三的执法证…”) for the refusal; in the list the name already stands first, so it is left out here.
    /// </summary>
    public string Label => Problem is null
        ? $"{Name}（执法证 {CertificateNumber}，有效）"
        : $"{Name}（{(string.IsNullOrEmpty(CertificateNumber) ? "无执法证" : "执法证 " + CertificateNumber)}）不可指派：{Problem.TrimStart(Name.ToCharArray()).TrimStart('的', '于')}";
}

/// <summary>What the filing forms offer: the power items in force and the officers serving today.</summary>
internal sealed record CaseFilingChoices(IReadOnlyList<PowerItem> Powers, IReadOnlyList<OfficerChoice> Officers)
{
    public static async Task<CaseFilingChoices> LoadAsync(FazhiDbContext db, EnforcementOptions options, DateOnly today, CancellationToken ct)
    {
        var powers = await db.Set<PowerItem>().AsNoTracking().Where(p => p.WithdrawnOn == null || p.WithdrawnOn > today)
            .OrderBy(p => p.DelegatedFrom).ThenBy(p => p.Code).ToListAsync(ct);
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => o.LeftOn == null || o.LeftOn > today).OrderBy(o => o.Name).ToListAsync(ct);
        return new CaseFilingChoices(powers, [.. officers.Select(o => new OfficerChoice(o.Id, o.Name, o.CertificateNumber, o.WhyNotCertified(today, options)))]);
    }

    public static Task<CaseFilingChoices> LoadAsync(FazhiDbContext db, IOptions<EnforcementOptions> options, TimeProvider clock, CancellationToken ct) =>
        LoadAsync(db, options.Value, Platform.Time.ChinaTime.Today(clock), ct);
}
