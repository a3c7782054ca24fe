using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>
/// The report states the five items the 法治政府建设与责任落实督察工作规定 requires; none may be left empty before the
/// leader approves it.
/// </summary>
internal sealed record ReportHasAllFiveParts(ReportText Text) : IBusinessRule
{
    private int? FirstEmpty => Enumerable.Range(0, ReportText.PartHeadings.Count)
        .Cast<int?>().FirstOrDefault(i => i >= Text.Parts.Count || string.IsNullOrWhiteSpace(Text.Parts[i!.Value]));

    public bool IsBroken => FirstEmpty is not null || string.IsNullOrWhiteSpace(Text.Title);

    public string Code => "reports.parts.incomplete";

    public string Message => FirstEmpty is { } i
        ? $"“{ReportText.PartHeadings[i]}”尚未填写。年度报告须包括五部分内容（《法治政府建设与责任落实督察工作规定》），填写完整后方可审定。"
        : "报告标题不能为空。";
}


/// <summary>Only an approved version is published or submitted: what the public and the county read is what the leader approved.</summary>
internal sealed record ReportMustBeApproved(ReportStatus Status, string Step) : IBusinessRule
{
    public bool IsBroken => Status == ReportStatus.Drafting;

    public string Code => "reports.not-approved";

    public string Message => $"报告尚未经领导审定，不能{Step}（《法治政府建设与责任落实督察工作规定》：年度报告经审定后报送上一级党委和政府并向社会公开）。";
}

/// <summary>A published report is a public record: it is not rewritten afterwards (政府信息公开条例 第6条: 信息准确).</summary>
internal sealed record PublishedReportIsFinal(ReportStatus Status) : IBusinessRule
{
    public bool IsBroken => Status == ReportStatus.Published;

    public string Code => "reports.published.final";

    public string Message => "报告已向社会公开，不能再修改；如需更正，请另行发布更正说明。";
}

/// <summary>A year's report is drafted once the year has begun and covers a finished or current year, never a future one.</summary>
internal sealed record ReportYearHasBegun(int Year, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => Year > Today.Year || Year < 2000;

    public string Code => "reports.year.invalid";

    public string Message => $"不能起草 {Year} 年度的报告：年度须在 2000 年至今年（{Today.Year} 年）之间。";
}

/// <summary>
/// The published PDF is made once, from the published DOCX, and kept: the portal serves those bytes (政府信息公开条例
/// 第6条: 信息准确). Only a report published while the PDF engine was missing gets its PDF later, and only once.
/// </summary>
internal sealed record PublishedPdfIsMadeOnce(ReportStatus Status, bool PdfExists) : IBusinessRule
{
    public bool IsBroken => Status != ReportStatus.Published || PdfExists;

    public string Code => "reports.pdf.made-once";

    public string Message => PdfExists
        ? "公开稿的 PDF 已在公开时生成并保存，门户提供的就是该文件，不再重新生成。"
        : "报告尚未公开：PDF 在公开时与 DOCX 一并生成。";
}

/// <summary>
/// Making the published PDF belongs to publication: the legal clerk who publishes, or a leader; officers and the
/// legal advisor do not (督察工作规定 第二十四条: the government publishes its report).
/// </summary>
internal sealed class PublishedPdfMadeByClerkOrLeader() : WhoMayRule(
    "reports.pdf.who", "公开稿 PDF 属于报告公开工作，由法制员或领导生成（《法治政府建设与责任落实督察工作规定》第二十四条）。", Roles.LegalClerk, Roles.Leader);

/// <summary>
/// The report is drafted (started from the records, written, redrafted) by the legal clerk for the government, or by a
/// leader; officers and the legal advisor do not write the government's report (ADR 0010).
/// </summary>
internal sealed class ReportDraftedByClerkOrLeader() : WhoMayRule(
    "reports.drafting.who", "法治政府建设年度报告由法制员起草、领导审定（《法治政府建设与责任落实督察工作规定》），执法人员和法律顾问不起草、不修改报告。", Roles.LegalClerk, Roles.Leader);

/// <summary>Only a leader (党政主要负责人 or the leader they designate) approves the report before it is published or submitted.</summary>
internal sealed class ReportApprovedByLeader() : WhoMayRule(
    "reports.approval.who", "年度报告须经领导审定（党政主要负责人审核签字后报送、公开，《法治政府建设与责任落实督察工作规定》），当前用户不具有“领导”角色。", Roles.Leader);

/// <summary>The government publishes its approved report (第二十四条): the legal clerk or a leader does it.</summary>
internal sealed class ReportPublishedByClerkOrLeader() : WhoMayRule(
    "reports.publication.who", "年度报告由本级政府向社会公开（《法治政府建设与责任落实督察工作规定》第二十四条），须由法制员或领导办理。", Roles.LegalClerk, Roles.Leader);

/// <summary>The approved report is sent to the county's 党委 and 政府 by the legal clerk or a leader.</summary>
internal sealed class ReportSubmittedByClerkOrLeader() : WhoMayRule(
    "reports.submission.who", "年度报告报送上一级党委和政府（《法治政府建设与责任落实督察工作规定》），须由法制员或领导办理。", Roles.LegalClerk, Roles.Leader);
