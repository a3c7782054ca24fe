namespace Fazhi.Modules.Documents.Model;

/// <summary>
/// What the portal says of a published document (政府信息公开条例 第二十条; “有效性” in the disclosure metadata): 有效 only
/// while it is in force and not under a county correction order; otherwise 正在纠正, 已停止执行, 已撤销 or 失效 with the date.
/// </summary>
internal sealed record PublicStatus(string Label, bool InForce, string? Note)
{
    public static PublicStatus Of(NormativeDocument document, CorrectionOrder? correction, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        var validity = document.ValidityOn(today);
        if (validity != Validity.InForce)
        {
            var since = document.InvalidSinceOn(today);
            return new(DocumentLabels.Of(validity), false, since is { } s ? $"自{s:yyyy年M月d日}起失效" : null);
        }

        return correction is { IsOpen: true } c
            ? c.State == CorrectionState.Suspended
                ? new(DocumentLabels.Of(c.State), false, $"备案审查责令纠正，自{c.SuspendedOn:yyyy年M月d日}起停止执行")
                : new(DocumentLabels.Of(c.State), false, $"{c.OrderedOn:yyyy年M月d日}备案审查责令纠正")
            : new(DocumentLabels.Of(Validity.InForce), true, null);
    }
}
