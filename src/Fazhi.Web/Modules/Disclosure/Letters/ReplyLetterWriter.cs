using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Modules.Disclosure.Model;

namespace Fazhi.Modules.Disclosure.Letters;

/// <summary>The issuing government of a letter: its full name, the short name used in document numbers and where a reply is challenged.</summary>
/// <param name="GovernmentName">The township government, e.g. 河市镇人民政府.</param>
/// <param name="ShortName">Its short name in document numbers, e.g. 河市府.</param>
/// <param name="ReviewOrgan">The reconsideration organ: the county government for a township (行政复议法 第24条).</param>
internal sealed record LetterHead(string GovernmentName, string ShortName, string ReviewOrgan);

/// <summary>
/// 政府信息公开申请答复书 (第36条): one letter for each of the seven replies, saying what that reply must tell the
/// applicant and the remedies (第51条: 行政复议或者行政诉讼; 行政复议法 第23条: 不予公开 must go to 复议 first).
/// Laid out like the annual report (GB/T 9704 fonts: 小标宋 title, 仿宋 body) as plain paragraphs.
/// </summary>
internal static class ReplyLetterWriter
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";

    public static string LetterNumber(LetterHead head, DisclosureRequest r) =>
        string.Create(CultureInfo.InvariantCulture, $"{head.ShortName}依申复〔{r.Year}〕{r.Sequence}号");

    /// <summary>The paragraphs of the letter, in order; the DOCX and the tests read the same text.</summary>
    public static IReadOnlyList<string> Paragraphs(LetterHead head, DisclosureRequest r)
    {
        if (r.ReplyType is not { } type || r.RepliedOn is not { } repliedOn)
        {
            throw new InvalidOperationException("Only a replied application has a reply letter.");
        }

        var you = r.ApplicantKind == ApplicantKind.Citizen ? "您" : "你单位";
        var paragraphs = new List<string>
        {
            $"{r.ApplicantName}：",
            $"本机关于{Cn(r.ReceivedOn!.Value)}收到{you}提出的政府信息公开申请（受理编号{r.Number}），申请获取“{r.Description}”。经审查，根据《中华人民共和国政府信息公开条例》{DisclosureLabels.ReplyArticle(type)}的规定，现答复如下：",
            type switch
            {
                ReplyType.AlreadyPublic => $"{you}申请获取的政府信息已经主动公开，获取的方式和途径如下：",
                ReplyType.Provided => $"{you}申请获取的政府信息属于公开范围，本机关予以公开，按{you}要求的{DisclosureLabels.Form(r.DeliveryForm)}形式以{DisclosureLabels.Way(r.DeliveryWay)}方式提供：",
                ReplyType.Refused => $"{you}申请获取的政府信息{DisclosureLabels.Ground(r.RefusalGround!.Value)}，根据《中华人民共和国政府信息公开条例》第十四条至第十六条的规定，本机关决定不予公开。理由如下：",
                ReplyType.DoesNotExist => $"经检索，本机关没有{you}所申请公开的政府信息，该政府信息不存在。检索情况如下：",
                ReplyType.NotThisOrgan => $"{you}申请获取的政府信息不属于本机关负责公开。" + (r.OtherOrgan is { } organ ? $"负责公开该政府信息的机关为{organ}，请向其提出申请。" : "") + "理由如下：",
                ReplyType.Repeated => $"本机关已就{you}提出的相同政府信息公开申请作出答复，{you}重复申请公开相同政府信息，本机关不予重复处理。",
                ReplyType.OtherLawProcedure => $"{you}申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的情形，请依照有关法律、行政法规的规定办理：",
                _ => "",
            },
            r.ReplyText!,
            type == ReplyType.Refused
                ? $"{you}如对本答复不服，可以自收到本答复书之日起六十日内向{head.ReviewOrgan}申请行政复议；对行政复议决定不服的，可以依法提起行政诉讼（《中华人民共和国行政复议法》第二十三条：对不予公开决定不服的，应当先申请行政复议）。"
                : $"{you}如对本答复不服，可以自收到本答复书之日起六十日内向{head.ReviewOrgan}申请行政复议，或者在六个月内向人民法院提起行政诉讼（《中华人民共和国政府信息公开条例》第五十一条）。",
            "特此告知。",
        };
        return paragraphs;
    }

    public static byte[] Write(LetterHead head, DisclosureRequest r)
    {
        var paragraphs = Paragraphs(head, r);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            body.Append(Line(head.GovernmentName, TitleFont, 44, JustificationValues.Center));
            body.Append(Line("政府信息公开申请答复书", TitleFont, 44, JustificationValues.Center));
            body.Append(Line(LetterNumber(head, r), BodyFont, 32, JustificationValues.Center));
            body.Append(Line(paragraphs[0], BodyFont, 32, JustificationValues.Left));
            foreach (var text in paragraphs.Skip(1))
            {
                foreach (var line in text.Split('\n'))
                {
                    body.Append(Line(line, BodyFont, 32, JustificationValues.Both, indent: true));
                }
            }

            body.Append(Line(head.GovernmentName, BodyFont, 32, JustificationValues.Right));
            body.Append(Line(Cn(r.RepliedOn!.Value), BodyFont, 32, JustificationValues.Right));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Line(string text, string font, int size, JustificationValues justification, bool indent = false)
    {
        var properties = new ParagraphProperties(new Justification { Val = justification });
        if (indent)
        {
            // 首行缩进两字 (GB/T 9704 §7.3.5): two 16 pt characters.
            properties.Append(new Indentation { FirstLine = (size * 10 * 2).ToString(CultureInfo.InvariantCulture) });
        }

        var run = new Run(
            new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }

    private static string Cn(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");
}
