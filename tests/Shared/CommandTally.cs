using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Tests.Shared;

/// <summary>
/// Counts the commands EF Core executes on the async flow of one piece of work (a request, an indicator source called
/// directly): EF Core raises its diagnostic events on the flow that runs the command, so work on other flows (the
/// background sweep) is not counted, and each tally counts only its own work even when several run at once. Compiled
/// into the integration tests and the scale benchmark alike (linked, not a project: the bench must not reference the
/// tests).
/// </summary>
internal sealed class CommandTally : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly AsyncLocal<StrongBox<int>?> _current = new();
    private readonly List<IDisposable> _subscriptions = [];

    public CommandTally() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>The commands that <paramref name="work"/> ran on this flow.</summary>
    public async Task<int> CountAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var box = new StrongBox<int>();
        _current.Value = box;
        try
        {
            await work();
        }
        finally
        {
            _current.Value = null;
        }

        return box.Value;
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && _current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
