using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.Model;

internal static class LedgerLabels
{
    public static string Field(LedgerFieldKind kind) => kind switch
    {
        LedgerFieldKind.Date => "日期",
        LedgerFieldKind.Count => "次数/件数",
        LedgerFieldKind.PersonTimes => "人次",
        LedgerFieldKind.AmountYuan => "金额（元）",
        LedgerFieldKind.AmountTenThousandYuan => "金额（万元）",
        LedgerFieldKind.Text => "文字",
        LedgerFieldKind.Village => "村（社区）",
        LedgerFieldKind.Office => "科室",
        LedgerFieldKind.Choice => "选项",
        LedgerFieldKind.Attachment => "附件",
        _ => kind.ToString(),
    };

    public static string Indicator(LedgerIndicatorKind kind) => kind switch
    {
        LedgerIndicatorKind.EntryCount => "记录条数",
        LedgerIndicatorKind.Sum => "字段合计",
        LedgerIndicatorKind.DistinctCount => "不同值个数",
        LedgerIndicatorKind.Rate => "两项合计之比（%）",
        _ => kind.ToString(),
    };

    public static string Part(ReportPart part) => part switch
    {
        ReportPart.Achievements => "一、主要举措和成效",
        ReportPart.Leadership => "三、第一责任人职责履行情况",
        _ => part.ToString(),
    };
}
