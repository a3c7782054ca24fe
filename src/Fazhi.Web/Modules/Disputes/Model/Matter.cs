using System.Globalization;
using System.Text;
using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>Who brought a matter. Never shown unmasked on a public surface (PersonalInfoMasker).</summary>
internal sealed record RequesterDetails(string Name, string? Phone, string? IdNumber, string? Address, int Headcount = 1);

/// <summary>
/// 事项: one thing a person brought to the township — a visit, a letter, a call, an online request, a 12345 ticket, a
/// matter transferred or assigned from above — recorded once on the intake (信访工作条例 第二十一条: every matter is
/// entered into the system) whatever procedure then takes it up. The same requester bringing the same matter again is
/// linked to the first record and not counted twice.
/// </summary>
internal sealed class Matter : IPublishable, INumberedInYear
{
    private Matter()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>受理回执号, e.g. 2026-0015: what the requester is given and uses, with the phone, to follow the matter.</summary>
    public string ReceiptNumber { get; private set; } = "";

    public MatterChannel Channel { get; private set; }

    public MatterCategory Category { get; private set; }

    public MatterTopic Topic { get; private set; }

    public string Subject { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public string RequesterName { get; private set; } = "";

    public string? RequesterPhone { get; private set; }

    public string? RequesterIdNumber { get; private set; }

    public string? RequesterAddress { get; private set; }

    /// <summary>Number of people who came together (第二十条: a group elects at most five representatives).</summary>
    public int Headcount { get; private set; } = 1;

    /// <summary>Who the requester is, normalised (phone, else ID number, else name): finds the same person again.</summary>
    public string RequesterKey { get; private set; } = "";

    /// <summary>The subject normalised (no spaces or punctuation): finds the same matter again.</summary>
    public string SubjectKey { get; private set; } = "";

    public Guid? VillageId { get; private set; }

    public string? VillageName { get; private set; }

    /// <summary>The 12345 ticket number or the upper organ's 转交办 reference.</summary>
    public string? ExternalReference { get; private set; }

    public MatterProcedure Procedure { get; private set; } = MatterProcedure.General;

    public Guid? ProcedureRecordId { get; private set; }

    public MatterStatus Status { get; private set; } = MatterStatus.Received;

    public string? OfficeName { get; private set; }

    public string? AssigneeUserName { get; private set; }

    public string? AssigneeName { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    /// <summary>The first record of the same requester's same matter, when this is a repeat.</summary>
    public Guid? LinkedToId { get; private set; }

    public string? LinkReason { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public string? ReplyText { get; private set; }

    public string? RepliedBy { get; private set; }

    /// <summary>Answered when it was brought (当场答复, 就地解决).</summary>
    public bool AnsweredOnTheSpot { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public string? FollowUpNote { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// The requester may look the matter up on the portal by receipt number and phone; the page shows it masked. A
    /// linked repeat is looked up through its first record.
    /// </summary>
    public bool IsPublic { get; private set; }

    public List<MatterReply> Replies { get; private set; } = [];

    public bool IsOpen => Status is MatterStatus.Received or MatterStatus.InProgress or MatterStatus.Replied;

    public static Matter Register(Guid townshipId, int sequence, MatterChannel channel, MatterCategory category, MatterTopic topic, string subject, string content,
        RequesterDetails requester, DateOnly receivedOn, Guid? villageId, string? villageName, string? externalReference, string registeredBy, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requester);
        BusinessRule.Check(new MatterReceivedNotInFuture(receivedOn, today));
        BusinessRule.Check(new GroupVisitHasAtMostFiveRepresentatives(channel, requester.Headcount));
        var matter = new Matter
        {
            TownshipId = townshipId,
            Year = receivedOn.Year,
            Sequence = sequence,
            ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"{receivedOn.Year}-{sequence:0000}"),
            Channel = channel,
            Category = category,
            Topic = topic,
            Subject = subject.Trim(),
            Content = content.Trim(),
            ReceivedOn = receivedOn,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
            RequesterName = requester.Name.Trim(),
            RequesterPhone = Blank(requester.Phone),
            RequesterIdNumber = Blank(requester.IdNumber)?.ToUpperInvariant(),
            RequesterAddress = Blank(requester.Address),
            Headcount = Math.Max(1, requester.Headcount),
            VillageId = villageId,
            VillageName = villageName,
            ExternalReference = Blank(externalReference),
            IsPublic = true,
        };
        matter.RequesterKey = KeyOf(requester);
        matter.SubjectKey = NormaliseSubject(subject);
        return matter;
    }

    /// <summary>The same person again: the phone's last 11 digits, else the ID number, else the name.</summary>
    public static string KeyOf(RequesterDetails requester)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var digits = new string((requester.Phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 7)
        {
            return "tel:" + (digits.Length > 11 ? digits[^11..] : digits);
        }

        if (!string.IsNullOrWhiteSpace(requester.IdNumber))
        {
            return "id:" + requester.IdNumber.Trim().ToUpperInvariant();
        }

        return "name:" + NormaliseSubject(requester.Name);
    }

    /// <summary>Letters and digits only, so that “村道 破损，” and “村道破损” are the same matter.</summary>
    public static string NormaliseSubject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString();
    }

    /// <summary>A repeat of <paramref name="first"/>: recorded, linked, and left out of every count.</summary>
    public void LinkTo(Matter first, string reason)
    {
        ArgumentNullException.ThrowIfNull(first);
        BusinessRule.Check(new MatterLinkedToAnotherFirstRecord(this, first));
        BusinessRule.Check(new MatterLinkedBeforeItIsTakenUp(this));
        LinkedToId = first.Id;
        LinkReason = reason.Trim();
        Status = MatterStatus.Linked;
        IsPublic = false;
    }

    /// <summary>A procedure (人民调解, 信访, 12345) takes the matter up; its deadlines then apply.</summary>
    public void TakeUp(MatterProcedure procedure, Guid recordId)
    {
        BusinessRule.Check(new MatterTakenUpOnce(this, procedure));
        Procedure = procedure;
        ProcedureRecordId = recordId;
        if (Status == MatterStatus.Received)
        {
            Status = MatterStatus.InProgress;
        }
    }

    /// <summary>分办: the office and person who handle it inside the township.</summary>
    public void Assign(string office, string? userName, string? name, DateOnly on)
    {
        BusinessRule.Check(new MatterMustBeOpen(this, "分办"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "分办日期", "assignedOn"));
        OfficeName = office.Trim();
        AssigneeUserName = Blank(userName);
        AssigneeName = Blank(name);
        AssignedOn = on;
        if (Status == MatterStatus.Received)
        {
            Status = MatterStatus.InProgress;
        }
    }

    /// <summary>An answer to the requester; the final one ends the handling and waits for 回访.</summary>
    public MatterReply Reply(string text, DateOnly on, string by, bool final)
    {
        BusinessRule.Check(new MatterMustBeOpen(this, "答复"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "答复日期", "repliedOn"));
        var reply = new MatterReply(Id, TownshipId, on, text.Trim(), by, final);
        Replies.Add(reply);
        if (final)
        {
            RepliedOn = on;
            ReplyText = reply.Text;
            RepliedBy = by;
            AnsweredOnTheSpot = on == ReceivedOn;
            Status = MatterStatus.Replied;
        }
        else if (Status == MatterStatus.Received)
        {
            Status = MatterStatus.InProgress;
        }

        return reply;
    }

    /// <summary>回访: the requester's satisfaction, after the final answer.</summary>
    public void RecordFollowUp(Satisfaction satisfaction, DateOnly on, string? note)
    {
        BusinessRule.Check(new FollowUpAfterReply(RepliedOn, on));
        FollowUpOn = on;
        Satisfaction = satisfaction;
        FollowUpNote = Blank(note);
    }

    /// <summary>办结: only a matter that has been answered.</summary>
    public void Close(DateOnly on)
    {
        BusinessRule.Check(new MatterClosedOnlyAfterReply(this, on));
        ClosedOn = on;
        Status = MatterStatus.Closed;
    }

    /// <summary>The procedure that took the matter up has ended it (e.g. an agreement, a 处理意见书, a returned ticket).</summary>
    public void EndByProcedure(DateOnly on, string outcome, string by)
    {
        if (!IsOpen)
        {
            return;
        }

        if (RepliedOn is null)
        {
            Reply(outcome, on, by, final: true);
        }

        ClosedOn = on;
        Status = MatterStatus.Closed;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An answer given to the requester: interim (进展) or final (答复).</summary>
internal sealed class MatterReply : ITenantOwned
{
    private MatterReply()
    {
    }

    public MatterReply(Guid matterId, Guid townshipId, DateOnly on, string text, string by, bool isFinal)
    {
        MatterId = matterId;
        TownshipId = townshipId;
        RepliedOn = on;
        Text = text;
        By = by;
        IsFinal = isFinal;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid MatterId { get; private set; }

    public Guid TownshipId { get; private set; }

    public DateOnly RepliedOn { get; private set; }

    public string Text { get; private set; } = "";

    public string By { get; private set; } = "";

    public bool IsFinal { get; private set; }
}
