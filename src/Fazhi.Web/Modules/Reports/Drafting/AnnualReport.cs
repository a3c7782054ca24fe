using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Text;

namespace Fazhi.Modules.Reports.Drafting;

internal enum ReportStatus
{
    Drafting = 1,
    Approved = 2,
    Published = 3,
}

/// <summary>
/// 法治政府建设年度报告 of one township for one year (法治政府建设与责任落实督察工作规定: five parts, published before
/// 1 April of the next year, reported to the county). Every save is a new numbered version; the leader approves one
/// version, and that version is what is laid out, published and submitted.
/// </summary>
internal sealed class AnnualReport : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>
    /// A report's identity is its township and year (one report each), so its publication deadline can be opened on
    /// 1 January before anyone drafts it and still be met by the report that is drafted later.
    /// </summary>
    public static Guid IdFor(Guid townshipId, int year)
    {
        Span<byte> input = stackalloc byte[20];
        townshipId.TryWriteBytes(input);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(input[16..], year);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(input, hash);
        // RFC 9562 version 8 (custom) with the RFC variant: a name-derived id that cannot collide with random v4 ids.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public Guid TownshipId { get; set; }

    public int Year { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Drafting;

    public int? ApprovedVersion { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>索引号 of the disclosure metadata, e.g. 990100101000/2023-00001.</summary>
    public string? IndexNumber { get; set; }

    public DateOnly? SubmittedToCountyOn { get; set; }

    public string? SubmittedBy { get; set; }

    public List<AnnualReportVersion> Versions { get; } = [];

    public List<AnnualReportFile> Files { get; } = [];

    /// <summary>Set when the approved version is published; stored so the portal's query can filter on it.</summary>
    public bool IsPublic { get; set; }

    public int LatestVersionNumber => Versions.Count == 0 ? 0 : Versions.Max(v => v.Number);

    public AnnualReportVersion Latest => Versions.OrderByDescending(v => v.Number).First();

    public AnnualReportVersion? Approved => ApprovedVersion is { } n ? Versions.Single(v => v.Number == n) : null;

    public static string StatusLabel(ReportStatus status) => status switch
    {
        ReportStatus.Drafting => "起草中",
        ReportStatus.Approved => "已审定",
        ReportStatus.Published => "已公开",
        _ => "",
    };
}

/// <summary>One saved text of the report: the title, the opening paragraph and the five statutory parts.</summary>
internal sealed class AnnualReportVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Preamble { get; set; } = "";

    /// <summary>一、主要举措和成效 (lines beginning “（一）” are level-2 headings).</summary>
    public string Achievements { get; set; } = "";

    /// <summary>二、存在的不足和原因.</summary>
    public string Shortcomings { get; set; } = "";

    /// <summary>三、党政主要负责人履行推进法治建设第一责任人职责情况.</summary>
    public string LeaderDuties { get; set; } = "";

    /// <summary>四、下一年度推进法治政府建设的主要安排.</summary>
    public string NextYearPlan { get; set; } = "";

    /// <summary>五、其他需要报告的情况.</summary>
    public string OtherMatters { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public string Note { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public ReportText ToText() => new(Title, Preamble, [Achievements, Shortcomings, LeaderDuties, NextYearPlan, OtherMatters], Issuer, IssuedOn);
}

internal enum ReportFileKind
{
    Docx = 1,
    Pdf = 2,
}

/// <summary>A laid-out file of the approved version, kept as published (the portal serves exactly these bytes).</summary>
internal sealed class AnnualReportFile
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    public ReportFileKind Kind { get; set; }

    public int VersionNumber { get; set; }

    public byte[] Content { get; set; } = [];

    public string Sha256 { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The text of a report as the layout reads it: title, opening, the five parts in statutory order, issuer and date.</summary>
internal sealed record ReportText(string Title, string Preamble, IReadOnlyList<string> Parts, string Issuer, DateOnly IssuedOn)
{
    /// <summary>The five level-1 headings (督察工作规定, items (一)–(五) of the report's content).</summary>
    public static IReadOnlyList<string> PartHeadings { get; } =
    [
        "一、主要举措和成效",
        "二、存在的不足和原因",
        "三、党政主要负责人履行推进法治建设第一责任人职责情况",
        "四、下一年度推进法治政府建设的主要安排",
        "五、其他需要报告的情况",
    ];

    /// <summary>A line that opens with （一）…（二十一）: the numbering of a part's subsections (GB/T 9704 second level).</summary>
    public static bool IsSubheading(string line) =>
        line.Length > 3 && line[0] == '（' && line.IndexOf('）', StringComparison.Ordinal) is > 1 and <= 6 and var close
        && line[1..close].All(ChineseNumerals.IsNumeral)
        && ChineseNumerals.Parse(line[1..close]) > 0;

    /// <summary>The non-empty lines of a part, trimmed.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
