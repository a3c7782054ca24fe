using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Counts EF Core's executed commands on the flow of one request (issue 11 item 7, lean read paths): the test server
/// keeps the client's execution context, so commands of the background sweep, which run on their own flow, are not
/// counted. The flow's tally belongs to this counter alone, so test classes counting at the same time (each with its
/// own counter, all listening to the one process-wide EF Core listener) never count each other's commands or twice.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly AsyncLocal<StrongBox<int>?> _current = new();
    private readonly List<IDisposable> _subscriptions = [];

    public CommandCounter(FazhiApp app)
    {
        app.Server.PreserveExecutionContext = true;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The commands that <paramref name="request"/> ran; the request must succeed.</summary>
    public async Task<int> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var box = new StrongBox<int>();
        _current.Value = box;
        try
        {
            (await request()).EnsureSuccessStatusCode();
        }
        finally
        {
            _current.Value = null;
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
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
