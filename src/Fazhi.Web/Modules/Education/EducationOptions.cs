namespace Fazhi.Modules.Education;

/// <summary>
/// Settings (<c>Fazhi:Education</c>) for what REGULATIONS.md §13 marks as local rules: the exam pass mark, the photo size
/// the portal needs and how many photos an activity keeps.
/// </summary>
internal sealed class EducationOptions
{
    public const string Section = "Fazhi:Education";

    /// <summary>学法考法 pass mark; provinces commonly set 60 of 100 (REGULATIONS.md §13, unconfirmed: a setting).</summary>
    public decimal ExamPassMark { get; set; } = 60;

    public decimal ExamFullMarks { get; set; } = 100;

    /// <summary>Long edge, in pixels, of a stored activity photo (phones take 4000 px; a portal page shows 1000).</summary>
    public int PhotoMaxEdge { get; set; } = 1920;

    public int MaxPhotosPerActivity { get; set; } = 9;
}
