using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Submits a page's form as a user would, putting a unique marker into every field whose label says 内部 (internal):
/// the label is the form's promise that the content never reaches the portal, so a crawl of the portal for the
/// markers checks the promise. Other fields keep what the page offers (defaults, selected options, checked boxes)
/// unless the test gives a value; a spare row of a repeating table that the test does not fill is left blank. A value containing <c>{M}</c> gets a fresh marker there (structured fields such as
/// 风险点 lines); <c>{ID}</c> and <c>{PHONE}</c> become a fresh, valid ID or mobile number that is itself a marker.
/// </summary>
internal sealed class InternalFieldMarkers
{
    private int _next;

    /// <summary>Every marker put into a field labelled 内部, with the page and field it went into.</summary>
    public List<(string Page, string Field, string Marker)> Markers { get; } = [];

    /// <summary>Fields labelled 内部 that the test filled with an explicit value instead (e.g. a name that must match another field).</summary>
    public List<(string Page, string Field)> ExplicitInternal { get; } = [];

    /// <summary>
    /// Reads <paramref name="page"/>, picks the post form whose action names <paramref name="handler"/> (or the page's
    /// own post form when null) and that <paramref name="which"/> accepts, fills it and posts it. Returns the answer.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string? handler, IReadOnlyDictionary<string, string[]>? values = null, Func<IElement, bool>? which = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var document = new HtmlParser().ParseDocument(html);
        var forms = document.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = forms.Where(f => Matches(f, page, handler)).FirstOrDefault(f => which?.Invoke(f) ?? true)
            ?? throw new InvalidOperationException($"No form for handler '{handler}' on {page}");

        var fields = new List<KeyValuePair<string, string>>();
        var given = values ?? new Dictionary<string, string[]>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var type = (element.GetAttribute("type") ?? "").ToLowerInvariant();
            if (type is "submit" or "button" or "file" || element.HasAttribute("disabled"))
            {
                continue;
            }

            var isInternal = LabelOf(form, element).Contains("内部", StringComparison.Ordinal);
            if (!given.ContainsKey(name) && element.Closest("[data-row]") is { } row && !RowIsGiven(row, given))
            {
                // A spare row of a repeating table (meeting views, risk points, options) that the test does not fill is
                // left as offered, as a user leaves it: a blank row is not a row, while a marker alone would make it a
                // half-filled one that the form refuses. The rows the test fills get their markers through {M}.
                isInternal = false;
            }

            if (given.TryGetValue(name, out var explicitValues))
            {
                if (done.Add(name))
                {
                    if (isInternal && !explicitValues.Any(v => v.Contains("{M}", StringComparison.Ordinal) || v.Contains("{ID}", StringComparison.Ordinal) || v.Contains("{PHONE}", StringComparison.Ordinal)))
                    {
                        ExplicitInternal.Add((page, name));
                    }

                    fields.AddRange(explicitValues.Select(v => new KeyValuePair<string, string>(name, Expand(v, page, name))));
                }

                continue;
            }

            if (isInternal && type is not ("checkbox" or "radio" or "hidden" or "date" or "number") && element.LocalName != "select")
            {
                fields.Add(new(name, Expand("{M}", page, name)));
                continue;
            }

            if (type is "checkbox" or "radio")
            {
                if (element.HasAttribute("checked"))
                {
                    fields.Add(new(name, element.GetAttribute("value") ?? "on"));
                }

                continue;
            }

            var value = element.LocalName switch
            {
                "textarea" => element.TextContent,
                "select" => (element.QuerySelector("option[selected]") ?? element.QuerySelector("option"))?.GetAttribute("value")
                    ?? element.QuerySelector("option")?.TextContent ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
            fields.Add(new(name, value));
        }

        var missing = given.Keys.Where(k => !fields.Any(f => f.Key == k)).ToList();
        if (missing.Count > 0)
        {
            // A value for a field the form does not show (e.g. the pressed button's name=value): post it too.
            fields.AddRange(missing.SelectMany(k => given[k].Select(v => new KeyValuePair<string, string>(k, Expand(v, page, k)))));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : page;
        HttpContent content = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? Multipart(fields)
            : new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    /// <summary>Posts the form and expects the redirect of a step done; fails with the page's error messages otherwise.</summary>
    public async Task<string> SubmitOkAsync(HttpClient client, string page, string? handler, IReadOnlyDictionary<string, string[]>? values = null, Func<IElement, bool>? which = null)
    {
        var response = await SubmitAsync(client, page, handler, values, which);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var errors = string.Join(" | ", body.QuerySelectorAll(".alert, .field-error, .validation-summary-errors, .flash").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            throw new InvalidOperationException($"{page} ?handler={handler}: {(int)response.StatusCode} {errors}");
        }

        return response.Headers.Location!.OriginalString;
    }

    private static bool RowIsGiven(IElement row, IReadOnlyDictionary<string, string[]> given) =>
        row.QuerySelectorAll("input[name], textarea[name], select[name]").Any(e => given.ContainsKey(e.GetAttribute("name")!));

    /// <summary>A form of the page itself (not the layout's sign-out form) posting to the handler asked for.</summary>
    private static bool Matches(IElement form, string page, string? handler)
    {
        var action = WebUtility.HtmlDecode(form.GetAttribute("action") ?? "");
        var path = action.Split('?')[0];
        if (path.Length > 0 && !string.Equals(path, page.Split('?')[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var query = action.Contains('?', StringComparison.Ordinal) ? action[(action.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        var handlers = query.Split('&').Where(p => p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase)).Select(p => p["handler=".Length..]).ToList();
        return handler is null ? handlers.Count == 0 : handlers.Any(h => h.Equals(handler, StringComparison.OrdinalIgnoreCase));
    }

    private string Expand(string value, string page, string field)
    {
        var result = value;
        while (result.Contains("{M}", StringComparison.Ordinal))
        {
            var marker = $"NBJ{++_next:000}内部件不得公开";
            Markers.Add((page, field, marker));
            var at = result.IndexOf("{M}", StringComparison.Ordinal);
            result = result[..at] + marker + result[(at + 3)..];
        }

        if (result.Contains("{PHONE}", StringComparison.Ordinal))
        {
            // A mobile number of 11 digits, unique per test run: searched for as it was typed.
            var phone = "139" + (20000000 + (++_next * 7919 % 70000000)).ToString("00000000", CultureInfo.InvariantCulture);
            Markers.Add((page, field, phone));
            result = result.Replace("{PHONE}", phone, StringComparison.Ordinal);
        }

        if (result.Contains("{ID}", StringComparison.Ordinal))
        {
            // A valid 18-digit number (GB 11643 check digit), unique per test run: searched for as it was typed.
            var body = "4418231987" + (1000 + (++_next * 37 % 9000)).ToString("0000", CultureInfo.InvariantCulture) + "35" + (_next % 10).ToString(CultureInfo.InvariantCulture);
            var id = body + CheckDigit(body);
            Markers.Add((page, field, id));
            result = result.Replace("{ID}", id, StringComparison.Ordinal);
        }

        return result;
    }

    private static char CheckDigit(string seventeen)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = seventeen.Select((c, i) => (c - '0') * weights[i]).Sum();
        return "10X98765432"[sum % 11];
    }

    /// <summary>The words a user reads for a field: its label, aria-label and the label of the field block it sits in.</summary>
    private static string LabelOf(IElement form, IElement element)
    {
        var parts = new List<string>();
        if (element.Id is { Length: > 0 } id && form.QuerySelector($"label[for='{id}']") is { } label)
        {
            parts.Add(label.TextContent);
        }

        if (element.GetAttribute("aria-label") is { } aria)
        {
            parts.Add(aria);
        }

        if (element.Closest(".field") is { } block && block.QuerySelector("label") is { } blockLabel)
        {
            parts.Add(blockLabel.TextContent);
        }

        return string.Join(" ", parts);
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }
}
