using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Mediation.Cases;

internal sealed class CaseQueries(FazhiDbContext db)
{
    public Task<MediationCase?> FindAsync(Guid id, CancellationToken ct) => db.Set<MediationCase>().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<MediationCase> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct)).OrNotFound();

    public Task<int> NextSequenceAsync(Guid townshipId, int year, CancellationToken ct) =>
        NumberSeries.NextAsync<MediationCase>(db, townshipId, year, ct);
}

internal sealed record PartyResponse(Guid Id, string Name, string Kind, string Side, DateOnly? SignedOn);

internal sealed record CaseResponse(Guid Id, string Number, Guid MatterId, string Committee, string Status, DateOnly AcceptedOn, string Summary, decimal AmountInvolved,
    bool LawyerInvolved, string? AgreementForm, DateOnly? AgreementEffectiveOn, IReadOnlyList<string> MissingForEffect, IReadOnlyList<PartyResponse> Parties, IReadOnlyList<string> Mediators)
{
    public static CaseResponse From(MediationCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Number, c.MatterId, c.CommitteeName, DisputeLabels.MediationStatus(c.Status), c.AcceptedOn, c.Summary, c.AmountInvolved, c.LawyerInvolved,
            c.AgreementForm is { } f ? DisputeLabels.AgreementForm(f) : null, c.AgreementEffectiveOn, c.MissingForEffect(),
            [.. c.Parties.Select(p => new PartyResponse(p.Id, p.Name, DisputeLabels.PartyKind(p.Kind), DisputeLabels.Side(p.Side), p.SignedOn))],
            [.. c.Mediators.Select(m => m.Name)]);
    }
}
