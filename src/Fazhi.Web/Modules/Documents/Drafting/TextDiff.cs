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
/// Version comparison written for Fazhi: longest common subsequence over lines, then over the characters of a
/// deleted line paired with the added line that replaced it (Chinese text has no word boundaries, so characters).
/// </summary>
internal static class TextDiff
{
    public static IReadOnlyList<DiffLine> Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var ops = Lcs(a, b, string.Equals);
        var result = new List<DiffLine>();
        var pendingDeleted = new List<string>();
        var pendingAdded = new List<string>();

        void Flush()
        {
            // Pair deletions with additions as changed lines, then show the rest on their own side.
            var pairs = Math.Min(pendingDeleted.Count, pendingAdded.Count);
            for (var i = 0; i < pairs; i++)
            {
                var (left, right) = CompareChars(pendingDeleted[i], pendingAdded[i]);
                result.Add(new DiffLine(DiffKind.Changed, pendingDeleted[i], pendingAdded[i], left, right));
            }

            foreach (var d in pendingDeleted.Skip(pairs))
            {
                result.Add(new DiffLine(DiffKind.Deleted, d, null, [new DiffSpan(DiffKind.Deleted, d)], []));
            }

            foreach (var ad in pendingAdded.Skip(pairs))
            {
                result.Add(new DiffLine(DiffKind.Added, null, ad, [], [new DiffSpan(DiffKind.Added, ad)]));
            }

            pendingDeleted.Clear();
            pendingAdded.Clear();
        }

        foreach (var (kind, ai, bi) in ops)
        {
            switch (kind)
            {
                case DiffKind.Same:
                    Flush();
                    result.Add(new DiffLine(DiffKind.Same, a[ai], b[bi], [new DiffSpan(DiffKind.Same, a[ai])], [new DiffSpan(DiffKind.Same, b[bi])]));
                    break;
                case DiffKind.Deleted:
                    pendingDeleted.Add(a[ai]);
                    break;
                case DiffKind.Added:
                    pendingAdded.Add(b[bi]);
                    break;
                case DiffKind.Changed:
                    break;
            }
        }

        Flush();
        return result;
    }

    /// <summary>Character-level spans of a changed line: what was deleted on the left, what was added on the right.</summary>
    public static (IReadOnlyList<DiffSpan> Left, IReadOnlyList<DiffSpan> Right) CompareChars(string oldLine, string newLine)
    {
        ArgumentNullException.ThrowIfNull(oldLine);
        ArgumentNullException.ThrowIfNull(newLine);
        var ops = Lcs(oldLine.ToCharArray(), newLine.ToCharArray(), (x, y) => x == y);
        var left = new List<DiffSpan>();
        var right = new List<DiffSpan>();
        foreach (var (kind, ai, bi) in ops)
        {
            switch (kind)
            {
                case DiffKind.Same:
                    Append(left, DiffKind.Same, oldLine[ai]);
                    Append(right, DiffKind.Same, newLine[bi]);
                    break;
                case DiffKind.Deleted:
                    Append(left, DiffKind.Deleted, oldLine[ai]);
                    break;
                case DiffKind.Added:
                    Append(right, DiffKind.Added, newLine[bi]);
                    break;
                case DiffKind.Changed:
                    break;
            }
        }

        return (left, right);
    }

    private static void Append(List<DiffSpan> spans, DiffKind kind, char c)
    {
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + c };
        }
        else
        {
            spans.Add(new DiffSpan(kind, c.ToString()));
        }
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>Edit script from the LCS table: (kind, index in a, index in b).</summary>
    private static List<(DiffKind Kind, int A, int B)> Lcs<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> equal)
    {
        var n = a.Count;
        var m = b.Count;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = equal(a[i], b[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var ops = new List<(DiffKind, int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (equal(a[x], b[y]))
            {
                ops.Add((DiffKind.Same, x++, y++));
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                ops.Add((DiffKind.Deleted, x++, -1));
            }
            else
            {
                ops.Add((DiffKind.Added, -1, y++));
            }
        }

        while (x < n)
        {
            ops.Add((DiffKind.Deleted, x++, -1));
        }

        while (y < m)
        {
            ops.Add((DiffKind.Added, -1, y++));
        }

        return ops;
    }
}
