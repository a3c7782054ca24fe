namespace Fazhi.Platform.Security;

/// <summary>
/// Section <c>Fazhi:Security</c>: request-size and rate limits, sign-in throttling, and how Fazhi sits behind a TLS
/// proxy (ADR 0013, docs/operations.md). Every value has a default that suits one township server.
/// </summary>
public sealed class SecurityOptions
{
    public RequestBodySettings RequestBody { get; set; } = new();

    public RateLimitSettings RateLimits { get; set; } = new();

    public SignInThrottleSettings SignIn { get; set; } = new();

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public HttpsSettings Https { get; set; } = new();
}

/// <summary>Largest request body per kind of endpoint; uploads take the attachment limit (<c>Fazhi:Attachments:MaxBytes</c>).</summary>
public sealed class RequestBodySettings
{
    /// <summary>
    /// Public endpoints (portal comments and complaints, sign-in): a complaint of 4,000 characters is about 36 KB as
    /// a URL-encoded form, so 64 KiB leaves room and nothing more.
    /// </summary>
    public long AnonymousBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Workspace, county and admin forms and JSON: a normative document's text of 100,000 characters plus its drafting
    /// note is about 1.1 MB URL-encoded.
    /// </summary>
    public long SignedInBytes { get; set; } = 2 * 1024 * 1024;
}

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// ASP.NET Core's rate limiter, one fixed window per partition. Reads (GET, HEAD) are never limited; every other
/// request falls into exactly one partition.
/// </summary>
public sealed class RateLimitSettings
{
    /// <summary>Anonymous POSTs of one client address (comments, complaints, any public form or API): 10 per 10 minutes.</summary>
    public RateLimitWindow AnonymousSubmissions { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Sign-in attempts of one client address, whatever the user name: 30 per 5 minutes (a township office shares one address).</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Writes of one signed-in user (pages and API): 120 per minute, far above what a person does by hand.</summary>
    public RateLimitWindow Writes { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>
/// Failed sign-ins counted per client address and user name, never per account alone, so that nobody can lock
/// another person's account by guessing at it from elsewhere (ADR 0013).
/// </summary>
public sealed class SignInThrottleSettings
{
    /// <summary>Failures of one client and user name before that pair has to wait.</summary>
    public int FreeAttempts { get; set; } = 5;

    /// <summary>The first wait; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Behind a reverse proxy that terminates TLS: take the client address and scheme from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, only when they come from a proxy listed here (loopback when none is listed).
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to trust.</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>HTTPS as the browser sees it (usually at the proxy).</summary>
public sealed class HttpsSettings
{
    /// <summary>Send <c>Strict-Transport-Security</c> on HTTPS responses.</summary>
    public bool Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Redirect plain HTTP requests to HTTPS.</summary>
    public bool RedirectToHttps { get; set; }

    /// <summary>The port the browser uses for HTTPS (the proxy's).</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Mark the sign-in and antiforgery cookies Secure even when a request arrives as plain HTTP.</summary>
    public bool SecureCookies { get; set; }
}
