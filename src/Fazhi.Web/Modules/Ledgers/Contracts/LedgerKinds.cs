namespace Fazhi.Modules.Ledgers.Contracts;

/// <summary>The kind of a ledger field: decides the input, the validation, the Excel column and what an indicator can compute from it.</summary>
public enum LedgerFieldKind
{
    /// <summary>A second date (the entry's own 日期 is always there).</summary>
    Date = 1,

    /// <summary>次数、件数、户数: a whole number.</summary>
    Count = 2,

    /// <summary>人次: a whole number of attendances.</summary>
    PersonTimes = 3,

    /// <summary>金额（元）, up to two decimals.</summary>
    AmountYuan = 4,

    /// <summary>金额（万元）, up to four decimals.</summary>
    AmountTenThousandYuan = 5,

    Text = 6,

    /// <summary>村（社区）: one of the township's villages is offered; the name is kept.</summary>
    Village = 7,

    /// <summary>责任科室: one of the township's offices is offered; the name is kept.</summary>
    Office = 8,

    /// <summary>One of the options the definition lists.</summary>
    Choice = 9,

    /// <summary>附件: an uploaded file (PDF, Word, JPEG, PNG) kept through Platform/Attachments; the value is its name.</summary>
    Attachment = 10,
}

/// <summary>How an indicator is computed from the entries of a year.</summary>
public enum LedgerIndicatorKind
{
    /// <summary>条数: the entries of the year.</summary>
    EntryCount = 1,

    /// <summary>合计: the sum of a number field.</summary>
    Sum = 2,

    /// <summary>去重计数: how many different values a field took (7 个村).</summary>
    DistinctCount = 3,

    /// <summary>比率: the sum of one field as a share of the sum of another, in percent (满意户数 / 调查户数).</summary>
    Rate = 4,
}
