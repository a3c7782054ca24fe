using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Disclosure.Model;

/// <summary>
/// The 政府信息公开工作年度报告 of a township and year as a leader approved it and the portal published it (第49–50条).
/// Approval freezes the drafted text, tables and Word file: what the public reads is what the leader approved, even if
/// a record of that year is corrected later. One per township and year (its id is derived from both, so the board's
/// deadline names it before it exists).
/// </summary>
internal sealed class DisclosureReport : IPublishable
{
    private DisclosureReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>一、总体情况, as drafted from the records.</summary>
    public string Overview { get; private set; } = "";

    /// <summary>Tables 二–四 as JSON (<c>ReportTable</c> list), frozen at approval.</summary>
    public string TablesJson { get; private set; } = "[]";

    /// <summary>The Word file as approved; the portal offers this file.</summary>
    public byte[] Docx { get; private set; } = [];

    public DateOnly ApprovedOn { get; private set; }

    public string ApprovedBy { get; private set; } = "";

    public DateOnly? PublishedOn { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>A name-derived id (RFC 9562 version 8) for a township and year.</summary>
    public static Guid IdFor(Guid townshipId, int year)
    {
        Span<byte> input = stackalloc byte[24];
        townshipId.TryWriteBytes(input);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(input[16..], year);
        "GKND"u8.CopyTo(input[20..]);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public static DisclosureReport Approve(Guid townshipId, int year, string title, string overview, string tablesJson, byte[] docx, string approvedBy, DateOnly today)
    {
        BusinessRule.Check(new ReportYearIsOver(year, today));
        return new DisclosureReport
        {
            Id = IdFor(townshipId, year),
            TownshipId = townshipId,
            Year = year,
            Title = title,
            Overview = overview,
            TablesJson = tablesJson,
            Docx = docx,
            ApprovedOn = today,
            ApprovedBy = approvedBy,
        };
    }

    public void Publish(DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new ReportNotYetPublished(PublishedOn));
        BusinessRule.Check(new StepDateWithin(on, ApprovedOn, today, "公布日期（审定之日起）"));
        PublishedOn = on;
        IsPublic = true;
    }
}

/// <summary>第49条: the report covers 上一年度; a year still running has no report to approve.</summary>
internal sealed record ReportYearIsOver(int Year, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => Year >= Today.Year;

    public string Code => "disclosure.report.year-not-over";

    public string? Field => "Year";

    public string Message => $"{Year}年度尚未结束，不能审定该年度的政府信息公开工作年度报告（《政府信息公开条例》第四十九条：报告上一年度的情况）。";
}

internal sealed record ReportApprovedOnce(DateOnly? ApprovedOn) : IBusinessRule
{
    public bool IsBroken => ApprovedOn is not null;

    public string Code => "disclosure.report.approved";

    public string? Field => "Year";

    public string Message => $"该年度报告已于 {ApprovedOn:yyyy-MM-dd} 审定（《政府信息公开条例》第四十九条）；审定后的文本即为公布的文本。";
}

/// <summary>Only an approved report is published (第49条 公布 the organ's report, i.e. the approved one).</summary>
internal sealed record ReportApprovedBeforePublication(bool Approved) : IBusinessRule
{
    public bool IsBroken => !Approved;

    public string Code => "disclosure.report.not-approved";

    public string? Field => "On";

    public string Message => "年度报告须经领导审定后方可向社会公布（《政府信息公开条例》第四十九条）。";
}

internal sealed record ReportNotYetPublished(DateOnly? PublishedOn) : IBusinessRule
{
    public bool IsBroken => PublishedOn is not null;

    public string Code => "disclosure.report.published";

    public string? Field => "On";

    public string Message => $"该年度报告已于 {PublishedOn:yyyy-MM-dd} 向社会公布（《政府信息公开条例》第四十九条）。";
}
