using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the database commands EF Core executes on the flow of one piece of work — a request through the test server
/// (which keeps the client's execution context) or a call in a service scope — so a test can prove that the number of
/// queries does not grow with the number of townships (ADR 0020). Commands of background work on other flows are not counted.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];

    public CommandCounter(FazhiApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Server.PreserveExecutionContext = true;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The commands <paramref name="work"/> executed.</summary>
    public static async Task<int> CountAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var box = new StrongBox<int>();
        Current.Value = box;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }

        return box.Value;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && Current.Value is { } box)
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
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
