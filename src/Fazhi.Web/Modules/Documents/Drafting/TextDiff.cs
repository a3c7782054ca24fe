using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Fazhi.Modules.Documents.Drafting;

internal enum DiffKind
{
    Same = 0,
    Added = 1,
    Deleted = 2,
    Changed = 3,
}

/// <summary>A run of characters in a changed line.</summary>
internal sealed record DiffSpan(DiffKind Kind, string Text);

/// <summary>One row of the side-by-side comparison: the old line (left) and the new line (right), with character spans.</summary>
internal sealed record DiffLine(DiffKind Kind, string? Left, string? Right, IReadOnlyList<DiffSpan> LeftSpans, IReadOnlyList<DiffSpan> RightSpans);

/// <summary>
/// Version comparison: DiffPlex aligns the two versions line by line (old on the left, new on the right), and for a
/// line that was changed rather than added or deleted it diffs the characters, because Chinese text has no word
/// boundaries to diff by. The reviewer sees exactly which characters of an article the drafter changed.
/// </summary>
internal static class TextDiff
{
    public static IReadOnlyList<DiffLine> Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var model = SideBySideDiffBuilder.Diff(
            Differ.Instance, Normalize(oldText), Normalize(newText), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance, CharacterChunker.Instance);
        var result = new List<DiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var left = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var right = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            var leftText = left is { Type: not ChangeType.Imaginary } ? left.Text ?? "" : null;
            var rightText = right is { Type: not ChangeType.Imaginary } ? right.Text ?? "" : null;
            var kind = (leftText, rightText) switch
            {
                (null, _) => DiffKind.Added,
                (_, null) => DiffKind.Deleted,
                _ when left!.Type == ChangeType.Unchanged && right!.Type == ChangeType.Unchanged => DiffKind.Same,
                _ => DiffKind.Changed,
            };
            result.Add(kind switch
            {
                DiffKind.Same => new DiffLine(kind, leftText, rightText, [new DiffSpan(DiffKind.Same, leftText!)], [new DiffSpan(DiffKind.Same, rightText!)]),
                DiffKind.Added => new DiffLine(kind, null, rightText, [], [new DiffSpan(DiffKind.Added, rightText!)]),
                DiffKind.Deleted => new DiffLine(kind, leftText, null, [new DiffSpan(DiffKind.Deleted, leftText!)], []),
                _ => new DiffLine(kind, leftText, rightText, Spans(left!, DiffKind.Deleted, leftText!), Spans(right!, DiffKind.Added, rightText!)),
            });
        }

        return result;
    }

    /// <summary>The characters of one side of a changed line, adjacent characters of the same kind joined into one span.</summary>
    private static List<DiffSpan> Spans(DiffPiece line, DiffKind changed, string text)
    {
        var spans = new List<DiffSpan>();
        var pieces = line.SubPieces.Where(p => p.Type != ChangeType.Imaginary && !string.IsNullOrEmpty(p.Text)).ToList();
        if (pieces.Count == 0)
        {
            return text.Length == 0 ? spans : [new DiffSpan(changed, text)];
        }

        foreach (var piece in pieces)
        {
            var kind = piece.Type == ChangeType.Unchanged ? DiffKind.Same : changed;
            if (spans.Count > 0 && spans[^1].Kind == kind)
            {
                spans[^1] = spans[^1] with { Text = spans[^1].Text + piece.Text };
            }
            else
            {
                spans.Add(new DiffSpan(kind, piece.Text!));
            }
        }

        return spans;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
