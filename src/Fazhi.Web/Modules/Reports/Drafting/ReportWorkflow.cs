using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.Reports.Layout;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>What a person writes in one version of the report.</summary>
internal sealed record ReportDraftInput(string Title, string Preamble, IReadOnlyList<string> Parts, string Issuer, DateOnly IssuedOn, string Note);

/// <summary>When the PDF of a report being published is made.</summary>
internal enum PdfTiming
{
    /// <summary>Now, with the DOCX (a person publishing waits for LibreOffice).</summary>
    AtPublication = 1,

    /// <summary>By the step that runs after start-up (the demo publishes while the app starts; ADR 0025).</summary>
    AfterStartUp = 2,
}

/// <summary>Who acts on the report: the name written into its versions and the person whose roles each step's WhoMay rule checks.</summary>
internal sealed record ReportActor(string Name, Actor By);

/// <summary>
/// The annual report's procedure (法治政府建设与责任落实督察工作规定): draft from the records, revise in versions,
/// leader approval, publication on the portal before 1 April of the next year (第二十四条), and the report to the county.
/// Reads go through the tenant filter, so a township only ever acts on its own report.
/// </summary>
internal sealed class ReportWorkflow(
    FazhiDbContext db,
    IEnumerable<IIndicatorSource> indicatorSources,
    IEnumerable<IIndicatorGroupsSource> groupSources,
    IEnumerable<IShortcomingSource> shortcomingSources,
    IDeadlines deadlines,
    Fazhi.Modules.Disclosure.Contracts.IDisclosureCatalogue catalogue,
    PdfEngine pdf,
    TimeProvider clock)
{
    public DateOnly Today => Fazhi.Platform.Time.ChinaTime.Today(clock);

    public Task<AnnualReport?> FindAsync(Guid townshipId, int year, CancellationToken ct) =>
        db.Set<AnnualReport>().SingleOrDefaultAsync(r => r.TownshipId == townshipId && r.Year == year, ct);

    public async Task<AnnualReport> GetAsync(Guid townshipId, int year, CancellationToken ct) =>
        await FindAsync(townshipId, year, ct) ?? throw new BusinessRuleException("reports.not-found", $"{year} 年度报告尚未起草。");

    /// <summary>Every registered module's figures, in subsection order.</summary>
    public async Task<IReadOnlyList<IndicatorGroup>> IndicatorsAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var groups = new List<IndicatorGroup>();
        foreach (var source in indicatorSources)
        {
            groups.Add(await source.ForTownshipAsync(townshipId, year, ct));
        }

        foreach (var source in groupSources)
        {
            groups.AddRange((await source.ForTownshipsAsync([townshipId], year, ct)).GetValueOrDefault(townshipId) ?? []);
        }

        return [.. groups.OrderBy(g => g.Order).ThenBy(g => g.Module, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ShortcomingHint>> HintsAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var hints = new List<ShortcomingHint>();
        foreach (var source in shortcomingSources)
        {
            hints.AddRange(await source.ForYearAsync(townshipId, year, ct));
        }

        return hints;
    }

    /// <summary>
    /// Part 一 drafted from the figures: one level-2 subsection per module that recorded something, in the seeds'
    /// sentence style; a module with nothing recorded has no subsection (the staff may write one about its rules).
    /// </summary>
    public static string AchievementsText(IEnumerable<IndicatorGroup> groups) => PartText(groups, ReportPart.Achievements);

    /// <summary>
    /// Part 三 drafted from the leadership records (meetings, 述法, reports to the county, 工作要点): the sentences of the
    /// groups that belong to it; empty when nothing was recorded, and the staff write it.
    /// </summary>
    public static string LeaderDutiesText(IEnumerable<IndicatorGroup> groups) => PartText(groups, ReportPart.Leadership);

    private static string PartText(IEnumerable<IndicatorGroup> groups, ReportPart part)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var group in groups.Where(g => g.Part == part && g.HasRecords))
        {
            text.Append('（').Append(ChineseNumerals.Format(++number)).Append('）').AppendLine(group.Heading);
            text.AppendLine(group.Sentence);
        }

        return text.ToString().TrimEnd();
    }

    public static string ShortcomingsText(IEnumerable<ShortcomingHint> hints) =>
        string.Join(Environment.NewLine, hints.Select(h => h.Text));

    /// <summary>Starts the year's report (version 1 drafted from the records) and its publication deadline; returns the existing one if already started.</summary>
    public async Task<AnnualReport> DraftAsync(Guid townshipId, int year, ReportActor actor, CancellationToken ct)
    {
        WhoMayRule.Of<ReportDraftedByClerkOrLeader>().Check(actor.By);
        ArgumentNullException.ThrowIfNull(actor);
        var existing = await FindAsync(townshipId, year, ct);
        if (existing is not null)
        {
            return existing;
        }

        BusinessRule.Check(new ReportYearHasBegun(year, Today));
        var township = await db.Set<Township>().AsNoTracking().SingleAsync(t => t.Id == townshipId, ct);
        var report = new AnnualReport { Id = AnnualReport.IdFor(townshipId, year), TownshipId = townshipId, Year = year };
        var groups = await IndicatorsAsync(townshipId, year, ct);
        var hints = await HintsAsync(townshipId, year, ct);
        report.Versions.Add(new AnnualReportVersion
        {
            ReportId = report.Id,
            Number = 1,
            Title = $"{township.Name}{year}年法治政府建设年度报告",
            Preamble = $"{year}年，{township.Name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，依法全面履行政府职能。现将{year}年度法治政府建设情况报告如下：",
            Achievements = AchievementsText(groups),
            Shortcomings = ShortcomingsText(hints),
            LeaderDuties = LeaderDutiesText(groups),
            Issuer = township.GovernmentName,
            IssuedOn = Today,
            Note = "根据本年度记录自动起草",
            Author = actor.Name,
            CreatedAt = clock.GetUtcNow(),
        });
        db.Add(report);
        // From 1 January the sweep has usually opened it already (AnnualReportDeadlineSource); a draft started during
        // the year opens it here.
        if ((await deadlines.ForSubjectAsync(report.Id, ct)).All(d => d.RuleCode != ReportDeadlines.PublicationCode))
        {
            await deadlines.OpenAsync(ReportDeadlines.Publication(year), townshipId, ReportDeadlines.Subject(townshipId, township.Name, year), new DateOnly(year, 12, 31), ct);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Saves a new version; an approved report goes back to drafting, since the approval was for another text.</summary>
    public async Task<AnnualReportVersion> SaveVersionAsync(Guid townshipId, int year, ReportDraftInput input, ReportActor actor, CancellationToken ct)
    {
        WhoMayRule.Of<ReportDraftedByClerkOrLeader>().Check(actor.By);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var report = await GetAsync(townshipId, year, ct);
        BusinessRule.Check(new PublishedReportIsFinal(report.Status));
        var version = new AnnualReportVersion
        {
            ReportId = report.Id,
            Number = report.LatestVersionNumber + 1,
            Title = input.Title.Trim(),
            Preamble = input.Preamble.Trim(),
            Achievements = Part(input, 0),
            Shortcomings = Part(input, 1),
            LeaderDuties = Part(input, 2),
            NextYearPlan = Part(input, 3),
            OtherMatters = Part(input, 4),
            Issuer = input.Issuer.Trim(),
            IssuedOn = input.IssuedOn,
            Note = input.Note.Trim(),
            Author = actor.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        report.Versions.Add(version);
        if (report.Status == ReportStatus.Approved)
        {
            report.Status = ReportStatus.Drafting;
            report.ApprovedVersion = null;
            report.ApprovedBy = null;
            report.ApprovedOn = null;
        }

        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>A new version whose part 一 is drafted again from today's figures (the other parts are kept).</summary>
    public async Task<AnnualReportVersion> RedraftFiguresAsync(Guid townshipId, int year, ReportActor actor, CancellationToken ct)
    {
        WhoMayRule.Of<ReportDraftedByClerkOrLeader>().Check(actor.By);
        var report = await GetAsync(townshipId, year, ct);
        var latest = report.Latest;
        var groups = await IndicatorsAsync(townshipId, year, ct);
        var achievements = AchievementsText(groups);
        // Part 三 is drafted again only where the records say something; text the staff wrote without records stays.
        var leaderDuties = LeaderDutiesText(groups) is { Length: > 0 } drafted ? drafted : latest.LeaderDuties;
        return await SaveVersionAsync(townshipId, year,
            new ReportDraftInput(latest.Title, latest.Preamble, [achievements, latest.Shortcomings, leaderDuties, latest.NextYearPlan, latest.OtherMatters],
                latest.Issuer, latest.IssuedOn, "按最新记录重新生成“主要举措和成效”"), actor, ct);
    }

    public async Task ApproveAsync(Guid townshipId, int year, ReportActor actor, CancellationToken ct)
    {
        WhoMayRule.Of<ReportApprovedByLeader>().Check(actor.By);
        ArgumentNullException.ThrowIfNull(actor);
        var report = await GetAsync(townshipId, year, ct);
        BusinessRule.Check(new PublishedReportIsFinal(report.Status));
        BusinessRule.Check(new ReportHasAllFiveParts(report.Latest.ToText()));
        report.Status = ReportStatus.Approved;
        report.ApprovedVersion = report.LatestVersionNumber;
        report.ApprovedBy = actor.Name;
        report.ApprovedOn = Today;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The DOCX of a version (the approved one for a published report).</summary>
    public static byte[] Layout(AnnualReportVersion version) => OfficialDocxWriter.Write(version.ToText());

    /// <summary>
    /// Publishes the approved version on the portal's 法治政府建设年度报告 column with its DOCX and, where the PDF engine is
    /// installed, its PDF; meets the publication deadline (第二十四条). Returns a Chinese note when the PDF could not be made.
    /// With <see cref="PdfTiming.AfterStartUp"/> only the DOCX is made now and the portal offers it until the PDF step
    /// that runs after start-up (<see cref="Publication.MissingPdfMaker"/>) has made the PDF once (ADR 0025).
    /// </summary>
    public async Task<string?> PublishAsync(Guid townshipId, int year, ReportActor actor, CancellationToken ct, PdfTiming timing = PdfTiming.AtPublication)
    {
        WhoMayRule.Of<ReportPublishedByClerkOrLeader>().Check(actor.By);
        var report = await GetAsync(townshipId, year, ct);
        BusinessRule.Check(new PublishedReportIsFinal(report.Status));
        BusinessRule.Check(new ReportMustBeApproved(report.Status, "向社会公开"));
        var version = report.Approved!;
        var docx = Layout(version);
        var converted = timing == PdfTiming.AtPublication ? await pdf.ConvertAsync(docx, ct) : new PdfResult(null, null, TimeSpan.Zero);
        AddFile(report, ReportFileKind.Docx, version.Number, docx);
        if (converted.Pdf is not null)
        {
            AddFile(report, ReportFileKind.Pdf, version.Number, converted.Pdf);
        }

        var code = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(ct);
        report.Status = ReportStatus.Published;
        report.IsPublic = true;
        report.PublishedOn = Today;
        report.IndexNumber = string.Create(CultureInfo.InvariantCulture, $"{code}/{Today.Year}-FZBG{year}");
        await deadlines.MeetAsync(ReportDeadlines.PublicationCode, report.Id, Today, ct);
        // 督察工作规定 第24条 requires the report to be public: 政府信息公开条例 第20条第十五项 in the catalogue.
        await catalogue.FileAsync(new Fazhi.Modules.Disclosure.Contracts.CatalogueFiling("reports", report.Id, townshipId, Fazhi.Modules.Disclosure.Contracts.CatalogueCategory.OtherByLaw,
            version.Title, $"{year}年度法治政府建设年度报告。", report.ApprovedOn ?? Today, Today, $"/t/{code}/reports/{year}"), ct);
        await db.SaveChangesAsync(ct);
        return converted.Problem;
    }

    /// <summary>
    /// Makes the PDF of a report that was published while the PDF engine was missing, from the DOCX as published, and
    /// keeps it; refused once a PDF exists. Returns a Chinese note when the engine is still missing.
    /// </summary>
    public async Task<string?> MakeMissingPdfAsync(Guid townshipId, int year, Actor actor, CancellationToken ct)
    {
        WhoMayRule.Of<PublishedPdfMadeByClerkOrLeader>().Check(actor);
        var report = await GetAsync(townshipId, year, ct);
        var files = await db.Set<AnnualReportFile>().Where(f => f.ReportId == report.Id && f.VersionNumber == report.ApprovedVersion).ToListAsync(ct);
        BusinessRule.Check(new PublishedPdfIsMadeOnce(report.Status, files.Any(f => f.Kind == ReportFileKind.Pdf)));
        var docx = files.SingleOrDefault(f => f.Kind == ReportFileKind.Docx)?.Content ?? Layout(report.Approved!);
        var converted = await pdf.ConvertAsync(docx, ct);
        if (converted.Pdf is null)
        {
            return converted.Problem;
        }

        // The conversion takes seconds; the step after start-up may have stored the PDF meanwhile, and it is made once.
        BusinessRule.Check(new PublishedPdfIsMadeOnce(report.Status, await HasPdfAsync(report.Id, report.ApprovedVersion!.Value, ct)));
        AddFile(report, ReportFileKind.Pdf, report.ApprovedVersion!.Value, converted.Pdf);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Makes the PDF of one published report that has none, from its DOCX as published, and keeps it; the system's step
    /// after start-up (ADR 0025). Checks again after the conversion, which takes seconds, so that a person's “生成公开稿
    /// PDF” or a second run meanwhile does not leave two PDFs. Returns whether a PDF was stored, or the engine's note.
    /// </summary>
    public async Task<(bool Stored, string? Problem)> MakeMissingPdfAsSystemAsync(Guid reportId, CancellationToken ct)
    {
        var report = await db.Set<AnnualReport>().SingleAsync(r => r.Id == reportId, ct);
        if (report.Status != ReportStatus.Published || report.ApprovedVersion is not { } number || await HasPdfAsync(report.Id, number, ct))
        {
            return (false, null);
        }

        var docx = await db.Set<AnnualReportFile>().Where(f => f.ReportId == report.Id && f.VersionNumber == number && f.Kind == ReportFileKind.Docx)
            .Select(f => f.Content).FirstOrDefaultAsync(ct) ?? Layout(report.Approved!);
        var converted = await pdf.ConvertAsync(docx, ct);
        if (converted.Pdf is null || await HasPdfAsync(report.Id, number, ct))
        {
            return (false, converted.Problem);
        }

        AddFile(report, ReportFileKind.Pdf, number, converted.Pdf);
        await db.SaveChangesAsync(ct);
        return (true, null);
    }

    private Task<bool> HasPdfAsync(Guid reportId, int versionNumber, CancellationToken ct) =>
        db.Set<AnnualReportFile>().AnyAsync(f => f.ReportId == reportId && f.VersionNumber == versionNumber && f.Kind == ReportFileKind.Pdf, ct);

    /// <summary>Reports the approved text to the county (市、县、乡党委和政府 → 上一级党委和政府, 抄送 依法治县办).</summary>
    public async Task SubmitToCountyAsync(Guid townshipId, int year, ReportActor actor, CancellationToken ct)
    {
        WhoMayRule.Of<ReportSubmittedByClerkOrLeader>().Check(actor.By);
        ArgumentNullException.ThrowIfNull(actor);
        var report = await GetAsync(townshipId, year, ct);
        BusinessRule.Check(new ReportMustBeApproved(report.Status, "报送县级"));
        report.SubmittedToCountyOn = Today;
        report.SubmittedBy = actor.Name;
        await db.SaveChangesAsync(ct);
    }

    private void AddFile(AnnualReport report, ReportFileKind kind, int versionNumber, byte[] content) =>
        db.Add(new AnnualReportFile
        {
            ReportId = report.Id,
            Kind = kind,
            VersionNumber = versionNumber,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            CreatedAt = clock.GetUtcNow(),
        });

    private static string Part(ReportDraftInput input, int index) => index < input.Parts.Count ? (input.Parts[index] ?? "").Trim() : "";
}
