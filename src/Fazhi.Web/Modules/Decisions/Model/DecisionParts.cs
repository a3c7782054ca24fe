namespace Fazhi.Modules.Decisions.Model;

// The parts of a major decision. Each is created and changed only by MajorDecision's methods, which check the rules.

/// <summary>A 备选方案 of the draft (第12条: two or more options where there is major disagreement).</summary>
internal sealed class DecisionOption
{
    private DecisionOption()
    {
    }

    internal DecisionOption(Guid decisionId, int order, string name, string description, bool recommended)
    {
        DecisionId = decisionId;
        Order = order;
        Name = name;
        Description = description;
        Recommended = recommended;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public bool Recommended { get; private set; }
}

/// <summary>听证会 (第16–17条).</summary>
internal sealed class DecisionHearing
{
    private DecisionHearing()
    {
    }

    internal DecisionHearing(Guid decisionId, string subject, string place, DateOnly heldOn, string participantSelection, string participants)
    {
        DecisionId = decisionId;
        Subject = subject;
        Place = place;
        HeldOn = heldOn;
        ParticipantSelection = participantSelection;
        Participants = participants;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    public string Subject { get; private set; } = "";

    public string Place { get; private set; } = "";

    public DateOnly? NoticedOn { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>第16条: how participants were chosen, published in advance.</summary>
    public string ParticipantSelection { get; private set; } = "";

    public string Participants { get; private set; } = "";

    public string? Record { get; private set; }

    public bool RecordSigned { get; private set; }

    public DateOnly? RecordedOn { get; private set; }

    internal void Notice(DateOnly noticedOn) => NoticedOn = noticedOn;

    internal void Sign(string record, DateOnly recordedOn)
    {
        Record = record;
        RecordSigned = true;
        RecordedOn = recordedOn;
    }
}

/// <summary>专家论证意见 (第19–20条).</summary>
internal sealed class ExpertOpinion
{
    private ExpertOpinion()
    {
    }

    internal ExpertOpinion(Guid decisionId, string expert, string affiliation, string form, string opinion, DateOnly givenOn, bool adopted, string? adoptionNote)
    {
        DecisionId = decisionId;
        Expert = expert;
        Affiliation = affiliation;
        Form = form;
        Opinion = opinion;
        GivenOn = givenOn;
        Adopted = adopted;
        AdoptionNote = adoptionNote;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    public string Expert { get; private set; } = "";

    public string Affiliation { get; private set; } = "";

    /// <summary>论证会 / 书面咨询 / 委托咨询论证 (第19条).</summary>
    public string Form { get; private set; } = "";

    public string Opinion { get; private set; } = "";

    public DateOnly GivenOn { get; private set; }

    public bool Adopted { get; private set; }

    public string? AdoptionNote { get; private set; }
}

/// <summary>A risk point as data: likelihood × impact on 1–5 scales, so risks can be queried and reported across decisions.</summary>
internal sealed class RiskPoint
{
    private RiskPoint()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    public int Order { get; private set; }

    /// <summary>社会稳定 / 公共安全 / 生态环境 / 财政 / 法律 …</summary>
    public string Category { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int Likelihood { get; private set; }

    public int Impact { get; private set; }

    public int Score { get; private set; }

    public string Mitigation { get; private set; } = "";

    /// <summary>A point of a risk report not yet recorded; <see cref="MajorDecision.RecordRiskAssessment"/> checks and numbers it.</summary>
    public static RiskPoint Create(string category, string description, int likelihood, int impact, string mitigation) => new()
    {
        Category = category.Trim(),
        Description = description.Trim(),
        Likelihood = likelihood,
        Impact = impact,
        Score = likelihood * impact,
        Mitigation = mitigation.Trim(),
    };

    internal void Attach(Guid decisionId, int order)
    {
        DecisionId = decisionId;
        Order = order;
    }
}

/// <summary>决策执行节点 (第34–35条).</summary>
internal sealed class ImplementationMilestone
{
    private ImplementationMilestone()
    {
    }

    internal ImplementationMilestone(Guid decisionId, string title, string executor, DateOnly dueOn)
    {
        DecisionId = decisionId;
        Title = title;
        Executor = executor;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    public string Title { get; private set; } = "";

    public string Executor { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public string? Note { get; private set; }

    internal void Complete(DateOnly doneOn, string note)
    {
        DoneOn = doneOn;
        Note = note;
    }
}

/// <summary>决策后评估 (第36条).</summary>
internal sealed class PostDecisionEvaluation
{
    private PostDecisionEvaluation()
    {
    }

    internal PostDecisionEvaluation(Guid decisionId, string trigger, string evaluator, DateOnly startedOn, DateOnly dueOn)
    {
        DecisionId = decisionId;
        Trigger = trigger;
        Evaluator = evaluator;
        StartedOn = startedOn;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DecisionId { get; private set; }

    /// <summary>第36条 triggers: expected effect not achieved, many public opinions, or the organ deems it necessary.</summary>
    public string Trigger { get; private set; } = "";

    public string Evaluator { get; private set; } = "";

    public DateOnly StartedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public EvaluationConclusion? Conclusion { get; private set; }

    public string? Report { get; private set; }

    internal void Complete(EvaluationConclusion conclusion, string report, DateOnly completedOn)
    {
        Conclusion = conclusion;
        Report = report;
        CompletedOn = completedOn;
    }
}
