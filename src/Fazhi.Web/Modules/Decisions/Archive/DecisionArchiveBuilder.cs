using Fazhi.Platform.Text;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Archive;

/// <summary>One item of a decision archive: a generated record or a filed attachment, with its SHA-256.</summary>
internal sealed record ArchiveEntry(int Order, string Section, string FileName, string Sha256, long Size, byte[] Content);

/// <summary>
/// 决策档案 (第33条): every document, opinion, record and audio of a decision, each hashed. The index lists every
/// item's hash; the SHA-256 of the index is the seal stored when the archive is closed, so any later change shows.
/// </summary>
internal sealed class DecisionArchiveBuilder(FazhiDbContext db, IConsultations consultations, AttachmentStore store)
{
    public const string IndexFileName = "00-决策档案目录.docx";

    public async Task<IReadOnlyList<ArchiveEntry>> EntriesAsync(MajorDecision d, CancellationToken ct)
    {
        var entries = new List<ArchiveEntry>();
        void Text(string section, string name, StringBuilder text)
        {
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            entries.Add(new ArchiveEntry(entries.Count + 1, section, name, Hash(bytes), bytes.Length, bytes));
        }

        var s = new StringBuilder();
        Line(s, $"决策事项：{d.Title}");
        Line(s, $"编号：{d.Number}　类别：{DecisionLabels.Category(d.Category)}　承办单位：{d.Owner}　建议提出：{d.Proposer}　启动日期：{d.InitiatedOn:yyyy-MM-dd}");
        Line(s, $"背景和必要性：{d.Background}");
        Line(s, "决策草案：");
        Line(s, d.DraftText);
        Line(s, $"起草说明：{d.DraftExplanation}");
        foreach (var o in d.Options.OrderBy(o => o.Order))
        {
            Line(s, $"备选方案{o.Order}：{o.Name}{(o.Recommended ? "（推荐）" : "")}——{o.Description}");
        }

        Text("决策启动与草案（第10–13条）", "01-决策启动与草案.txt", s);

        if (d.ConsultationId is { } consultationId)
        {
            s = new StringBuilder();
            Line(s, $"公开征求意见期间：{d.CommentOpensOn:yyyy-MM-dd} 至 {d.CommentClosesOn:yyyy-MM-dd}{(d.CommentShortenedReason is { } r ? "，缩短理由：" + r : "")}");
            foreach (var c in await consultations.CommentsAsync(consultationId, ct))
            {
                Line(s, $"{c.ReceivedOn:yyyy-MM-dd}｜{OpinionChannels.Label(c.Channel)}｜{(c.Article is { } a ? ArticleText.Label(a) : "全文")}｜{c.CommenterName ?? "匿名"} {c.Contact}｜{c.Content}｜{Decision(c.Decision)}：{c.DecisionReason}");
            }

            Text("公众参与（第14–15、18条）", "02-公开征求意见及采纳情况.txt", s);
        }

        var n = 0;
        foreach (var h in d.Hearings.OrderBy(h => h.HeldOn))
        {
            s = new StringBuilder();
            Line(s, $"听证事项：{h.Subject}　地点：{h.Place}　时间：{h.HeldOn:yyyy-MM-dd}　材料送达：{h.NoticedOn:yyyy-MM-dd}");
            Line(s, $"参加人遴选办法：{h.ParticipantSelection}");
            Line(s, $"听证参加人：{h.Participants}");
            Line(s, $"听证笔录（{(h.RecordSigned ? "参加人已确认签字" : "未记录")}）：{h.Record}");
            Text("听证会（第16–17条）", $"03-听证会{++n}.txt", s);
        }

        if (d.ExpertOpinions.Count > 0)
        {
            s = new StringBuilder();
            foreach (var e in d.ExpertOpinions.OrderBy(e => e.GivenOn).ThenBy(e => e.Expert, StringComparer.Ordinal))
            {
                Line(s, $"{e.GivenOn:yyyy-MM-dd}｜{e.Expert}（{e.Affiliation}）｜{e.Form}｜{e.Opinion}｜{(e.Adopted ? "采纳" : "未采纳")} {e.AdoptionNote}");
            }

            Text("专家论证（第19–20条）", "04-专家论证意见.txt", s);
        }

        if (d.RiskAssessedOn is not null)
        {
            s = new StringBuilder();
            Line(s, $"评估单位：{d.RiskAssessor}　日期：{d.RiskAssessedOn:yyyy-MM-dd}　总体风险等级：{(d.RiskLevel is { } l ? DecisionLabels.Risk(l) : "")}");
            foreach (var p in d.RiskPoints.OrderBy(p => p.Order))
            {
                Line(s, $"风险点{p.Order}［{p.Category}］{p.Description}｜可能性{p.Likelihood}×影响{p.Impact}={p.Score}｜措施：{p.Mitigation}");
            }

            Line(s, $"防范措施：{d.RiskMitigation}");
            Line(s, $"处置预案：{d.ContingencyPlan}");
            Text("风险评估（第22–24条）", "05-风险评估报告.txt", s);
        }

        if (d.LegalityReviewRequestedOn is not null)
        {
            s = new StringBuilder();
            Line(s, $"送审日期：{d.LegalityReviewRequestedOn:yyyy-MM-dd}　审查期限：{d.LegalityReviewReplyBy:yyyy-MM-dd}　出具意见：{d.LegalityReviewedOn:yyyy-MM-dd}　审查人：{d.LegalityReviewer}");
            Line(s, $"审查结论：{(d.LegalityReviewOpinion is { } o ? DecisionLabels.ReviewOpinion(o) : "尚未出具")}");
            Line(s, $"书面审查意见：{d.LegalityReviewOpinionText}");
            Text("合法性审查（第25–28条）", "06-合法性审查意见.txt", s);
        }

        n = 0;
        foreach (var m in await db.Set<CollectiveMeeting>().Where(m => m.SubjectId == d.Id).OrderBy(m => m.HeldOn).ToListAsync(ct))
        {
            s = new StringBuilder();
            Line(s, $"{m.MeetingName}　{m.HeldOn:yyyy-MM-dd}　主持：{m.Chair}");
            Line(s, $"参会：{m.Attendees}　缺席：{m.Absentees}");
            foreach (var v in m.Views.OrderBy(v => v.Order))
            {
                Line(s, $"{v.Order}. {v.Member}（{v.Post}{(v.IsHead ? "，行政首长末位表态" : "")}）：{DecisionLabels.Position(v.Position)}。{v.View}");
            }

            Line(s, $"决定：{DecisionLabels.Outcome(m.Outcome)}{(m.OverruleReasons is { } why ? "；与多数意见不一致的理由：" + why : "")}");
            Line(s, $"会议纪要：{m.Minutes}");
            Text("集体讨论决定（第30条）", $"07-集体讨论记录{++n}.txt", s);
        }

        if (d.PartyReportedOn is not null)
        {
            s = new StringBuilder();
            Line(s, $"请示报告：{d.PartyReportedOn:yyyy-MM-dd} 向{d.PartyCommittee}请示报告");
            Line(s, $"请示事项：{d.PartyReportMatter}");
            Line(s, d.PartyRepliedOn is { } replied ? $"党委意见（{replied:yyyy-MM-dd}）：{(d.PartyAgreed == true ? "同意" : "不同意")}。{d.PartyReply}" : "党委意见：尚未答复");
            Text("向同级党委请示报告（第31条）", "07-向同级党委请示报告.txt", s);
        }

        if (d.PublishedOn is not null)
        {
            s = new StringBuilder();
            Line(s, $"文号：{d.DocumentNumber}　公布日期：{d.PublishedOn:yyyy-MM-dd}");
            Line(s, d.PublishedText ?? "");
            Line(s, $"意见采纳情况说明和解读：{d.Interpretation}");
            Text("决策公布（第32条）", "08-决策公布.txt", s);
        }

        if (d.Milestones.Count > 0 || d.Evaluations.Count > 0)
        {
            s = new StringBuilder();
            foreach (var m in d.Milestones.OrderBy(m => m.DueOn))
            {
                Line(s, $"执行节点：{m.Title}｜{m.Executor}｜期限{m.DueOn:yyyy-MM-dd}｜{(m.DoneOn is { } done ? $"{done:yyyy-MM-dd}完成：{m.Note}" : "未完成")}");
            }

            foreach (var e in d.Evaluations.OrderBy(e => e.StartedOn))
            {
                Line(s, $"决策后评估：{e.Trigger}｜{e.Evaluator}｜{e.StartedOn:yyyy-MM-dd}至{e.DueOn:yyyy-MM-dd}｜{(e.Conclusion is { } c ? DecisionLabels.Conclusion(c) : "进行中")}｜{e.Report}");
            }

            Text("执行与决策后评估（第34–36条）", "09-执行与评估.txt", s);
        }

        var files = await db.Set<Attachment>().Where(a => a.OwnerId == d.Id || (d.MeetingId != null && a.OwnerId == d.MeetingId)).ToListAsync(ct);
        foreach (var a in files.OrderBy(a => a.UploadedAt))
        {
            await using var stream = await store.OpenVerifiedAsync(a, ct);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            var bytes = copy.ToArray();
            entries.Add(new ArchiveEntry(entries.Count + 1, a.Purpose, $"附件/{entries.Count + 1:00}-{a.Purpose}-{a.FileName}", a.Sha256, bytes.Length, bytes));
        }

        return entries;
    }

    /// <summary>The seal: SHA-256 over every item's name and hash in order.</summary>
    public static string Seal(IEnumerable<ArchiveEntry> entries) =>
        Hash(Encoding.UTF8.GetBytes(string.Join('\n', entries.Select(e => $"{e.FileName}\t{e.Sha256}"))));

    public async Task<byte[]> ZipAsync(MajorDecision d, string governmentName, CancellationToken ct)
    {
        var entries = await EntriesAsync(d, ct);
        var seal = Seal(entries);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var index = archive.CreateEntry(IndexFileName);
            await using (var s = await index.OpenAsync(ct))
            {
                var docx = IndexDocx(d, governmentName, entries, seal);
                await s.WriteAsync(docx, ct);
            }

            foreach (var e in entries)
            {
                var entry = archive.CreateEntry(e.FileName);
                await using var s = await entry.OpenAsync(ct);
                await s.WriteAsync(e.Content, ct);
            }
        }

        return zip.ToArray();
    }

    private static byte[] IndexDocx(MajorDecision d, string governmentName, IReadOnlyList<ArchiveEntry> entries, string seal)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Para($"{governmentName}重大行政决策档案目录", bold: true));
            body.Append(Para($"决策事项：{d.Title}（编号{d.Number}）"));
            body.Append(Para(d.ArchiveClosedOn is { } closed
                ? $"归档日期：{closed:yyyy年M月d日}　归档人：{d.ArchiveClosedBy}　封存校验值：{d.ArchiveSeal}"
                : $"档案尚未封存；当前校验值：{seal}"));
            var table = new Table(new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row("序号", "材料", "文件名", "大小（字节）", "SHA-256"));
            foreach (var e in entries)
            {
                table.Append(Row(e.Order.ToString(CultureInfo.InvariantCulture), e.Section, e.FileName, e.Size.ToString(CultureInfo.InvariantCulture), e.Sha256));
            }

            body.Append(table);
            body.Append(Para("依据《重大行政决策程序暂行条例》第三十三条，决策过程记录和材料应当及时完整归档。"));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return ms.ToArray();
    }

    private static Paragraph Para(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }

        return new Paragraph(run);
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));

    private static void Line(StringBuilder s, string text) => s.Append(text).Append('\n');

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Decision(CommentDecision d) => d switch
    {
        CommentDecision.Adopted => "采纳",
        CommentDecision.NotAdopted => "不予采纳",
        CommentDecision.Pending => "待答复",
        _ => "",
    };
}
