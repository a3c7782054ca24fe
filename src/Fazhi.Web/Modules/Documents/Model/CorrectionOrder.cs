using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Documents.Model;

/// <summary>Where a county's 责令纠正 stands.</summary>
internal enum CorrectionState
{
    /// <summary>Ordered; the township is correcting the document (正在纠正).</summary>
    Ordered = 1,

    /// <summary>The township stopped applying the document until it is corrected (已停止执行).</summary>
    Suspended = 2,

    /// <summary>The corrected version was published; the document is in force again.</summary>
    Corrected = 3,

    /// <summary>The document was revoked or repealed; it is no longer in force.</summary>
    Ended = 4,
}

/// <summary>
/// The county's 责令纠正 of a filed document (备案审查), as it binds the township and shows on the portal. The county
/// adds it when it orders the correction (ICountyWritable); the township moves it as it stops execution, corrects or
/// revokes the document. It carries no reasons — those stay on the filing, internal — only what the public may know:
/// that the document is being corrected, suspended or revoked, and since when.
/// </summary>
internal sealed class CorrectionOrder : ICountyWritable, IPublishable
{
    private CorrectionOrder()
    {
    }

    internal CorrectionOrder(Guid documentId, Guid townshipId, Guid filingId, DateOnly orderedOn, DateOnly dueOn)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        FilingId = filingId;
        OrderedOn = orderedOn;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public Guid FilingId { get; private set; }

    public DateOnly OrderedOn { get; private set; }

    /// <summary>The end of the correction period the order set (the township's duty on the 待办与预警 board).</summary>
    public DateOnly DueOn { get; private set; }

    public CorrectionState State { get; private set; } = CorrectionState.Ordered;

    public DateOnly? SuspendedOn { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>The status of a published document is public (政府信息公开条例 第20条：规范性文件及其有效性).</summary>
    public bool IsPublic { get; private set; } = true;

    public bool IsOpen => State is CorrectionState.Ordered or CorrectionState.Suspended;

    /// <summary>停止执行: the document is not applied while it is corrected.</summary>
    public void Suspend(DateOnly on)
    {
        BusinessRule.Check(new CorrectionOrderIsOpen(IsOpen));
        BusinessRule.Check(new ExecutionNotYetSuspended(State));
        State = CorrectionState.Suspended;
        SuspendedOn = on;
    }

    /// <summary>The corrected version is published, or the document is revoked or repealed.</summary>
    public void Resolve(bool corrected, DateOnly on)
    {
        State = corrected ? CorrectionState.Corrected : CorrectionState.Ended;
        ResolvedOn = on;
    }
}
