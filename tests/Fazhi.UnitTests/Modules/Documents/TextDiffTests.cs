using Fazhi.Modules.Documents.Drafting;

namespace Fazhi.UnitTests.Modules.Documents;

public sealed class TextDiffTests
{
    [Fact]
    public void AChangedArticle_ShowsOnlyTheCharactersTheDrafterChanged()
    {
        var lines = TextDiff.Compare(
            "第一条 为规范农村人居环境整治，制定本办法。\n第二条 罚款五百元。",
            "第一条 为规范农村人居环境整治，制定本办法。\n第二条 罚款二百元。");

        lines.Count.ShouldBe(2);
        lines[0].Kind.ShouldBe(DiffKind.Same);
        lines[1].Kind.ShouldBe(DiffKind.Changed);
        lines[1].LeftSpans.ShouldContain(new DiffSpan(DiffKind.Deleted, "五"));
        lines[1].RightSpans.ShouldContain(new DiffSpan(DiffKind.Added, "二"));
        string.Concat(lines[1].LeftSpans.Select(s => s.Text)).ShouldBe("第二条 罚款五百元。");
        string.Concat(lines[1].RightSpans.Select(s => s.Text)).ShouldBe("第二条 罚款二百元。");
    }

    [Fact]
    public void AddedAndDeletedArticles_StandOnTheirOwnSide()
    {
        var lines = TextDiff.Compare("第一条 总则。\n第二条 旧条文。\n第三条 附则。", "第一条 总则。\n第三条 附则。\n第四条 本办法自公布之日起施行。");

        lines.Where(l => l.Kind == DiffKind.Same).Select(l => l.Left).ShouldBe(["第一条 总则。", "第三条 附则。"]);
        lines.ShouldContain(l => l.Kind == DiffKind.Deleted && l.Left == "第二条 旧条文。" && l.Right == null);
        lines.ShouldContain(l => l.Kind == DiffKind.Added && l.Right == "第四条 本办法自公布之日起施行。" && l.Left == null);
    }

    [Fact]
    public void WindowsLineEnds_DoNotMakeEveryLineDiffer()
    {
        TextDiff.Compare("甲\r\n乙", "甲\n乙").ShouldAllBe(l => l.Kind == DiffKind.Same);
    }
}
