using System.Net.Http.Json;
using System.Text;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// Sends every endpoint × verb (each case-bound one at every stage, each page form) as every persona through both
/// doors, and judges each answer and each change with <see cref="AccessIntent"/>. Reads go first (they show
/// the forms each persona is given); then each persona's writes, a database fingerprint around each, the
/// administrator last. A case someone changed is replaced by a fresh one at its stage before the next cell.
/// </summary>
public sealed class AuthorizationMatrix(MatrixHall hall, Action<string> log)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    private readonly MatrixReport _report = new();

    /// <summary>Every cell with its status and the start of its answer, when <c>WORKFLOWHALL_MATRIX_TRACE</c> names a file (for reading a run, not for the oracle).</summary>
    private static readonly TextWriter? Trace = Environment.GetEnvironmentVariable("WORKFLOWHALL_MATRIX_TRACE") is { Length: > 0 } file
        ? TextWriter.Synchronized(new StreamWriter(file, append: true) { AutoFlush = true })
        : null;
    private readonly HashSet<string> _caseNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Template, CaseStage Stage), List<(PageForm Form, Persona Persona, Door Door)>> _forms = [];

    public async Task<MatrixReport> RunAsync()
    {
        var endpoints = await EndpointCatalog.ReadAsync(hall.Services, hall.Client(Personas.Anonymous, Door.ApiKey));
        _report.Endpoints = endpoints.Count;
        foreach (var c in hall.Cases) _caseNumbers.Add(c.CaseNumber);
        var plan = endpoints.Select(e => (Endpoint: e, Stages: StagesOf(e))).Where(p => p.Stages.Count > 0).ToList();
        foreach (var (endpoint, stages) in plan)
        {
            log($"endpoint {endpoint}{(endpoint.IsPage ? " (page)" : "")}{(endpoint.InOpenApi ? " (OpenAPI)" : "")} at {string.Join(", ", stages)}");
        }

        foreach (var (endpoint, stages) in plan.Where(p => !p.Endpoint.IsMutating))
        {
            foreach (var stage in stages)
            {
                foreach (var persona in Personas.All)
                {
                    foreach (var door in Enum.GetValues<Door>()) await ReadAsync(new MatrixCell(persona, door, endpoint, PathOf(endpoint, hall.Case(stage))!, hall.Case(stage)));
                }
            }
        }

        foreach (var persona in Personas.All)
        {
            foreach (var (endpoint, stages) in plan.Where(p => p.Endpoint.IsMutating))
            {
                foreach (var stage in stages)
                {
                    var names = endpoint.IsPage ? _forms.GetValueOrDefault((endpoint.Template, stage))?.Select(f => f.Form.Name).Distinct().ToList() ?? [] : [];
                    foreach (var name in names.Count > 0 ? names.Cast<string?>() : [null])
                    {
                        foreach (var door in Enum.GetValues<Door>())
                        {
                            var c = hall.Case(stage);
                            await WriteAsync(new MatrixCell(persona, door, endpoint, PathOf(endpoint, c)!, c) { Form = name is null ? null : FormFor(endpoint, stage, name, persona) });
                        }
                    }
                }
            }
        }
        return _report;
    }

    /// <summary>The stages an endpoint runs at: all three if it names a case (where its parameters have a value), else one.</summary>
    private List<CaseStage> StagesOf(MatrixEndpoint endpoint)
    {
        var unknown = ParameterValues.Unknown(endpoint, hall.Case(CaseStage.Submitted));
        if (unknown.Count > 0)
        {
            _report.Unfillable.Add($"{endpoint}: the generator cannot fill {string.Join(", ", unknown)} (teach {nameof(ParameterValues)})");
            return [];
        }
        var caseBound = endpoint.RouteParameters.Any(ParameterValues.CaseBound.Contains);
        var stages = caseBound ? Enum.GetValues<CaseStage>().Where(s => PathOf(endpoint, hall.Case(s)) is not null).ToList() : [CaseStage.Submitted];
        if (stages.Count == 0) _report.Unfillable.Add($"{endpoint}: no matrix case gives its parameters a value");
        return stages;
    }

    private static string? PathOf(MatrixEndpoint endpoint, FixtureCase c)
    {
        var path = endpoint.Template;
        foreach (var name in endpoint.RouteParameters)
        {
            if (ParameterValues.RouteValue(name, c) is not { } value) return null;
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        var query = endpoint.RequiredQuery.Select(name => (name, value: ParameterValues.RouteValue(name, c))).ToList();
        if (query.Any(q => q.value is null)) return null;
        query.AddRange(endpoint.OptionalQuery.Where(ParameterValues.KnowsRoute).Select(name => (name, value: ParameterValues.RouteValue(name, c))).Where(q => q.value is not null));
        return query.Count == 0 ? path : path + "?" + string.Join("&", query.Select(q => $"{q.name}={Uri.EscapeDataString(q.value!)}"));
    }

    private async Task ReadAsync(MatrixCell cell)
    {
        var (status, body, _) = await SendAsync(cell);
        Judge(AccessIntent.JudgeResponse(cell, status, body, "", hall, _caseNumbers));
        if (cell.Endpoint.IsPage && status is >= 200 and < 300) KeepForms(cell, body);
    }

    private async Task WriteAsync(MatrixCell cell)
    {
        var before = await HallState.ReadAsync(hall);
        var (status, body, sent) = await SendAsync(cell);
        var after = await HallState.ReadAsync(hall);
        Judge(AccessIntent.JudgeResponse(cell, status, body, sent, hall, _caseNumbers));
        Judge(AccessIntent.JudgeChange(cell, status, before, after, hall));
        foreach (var (stage, was) in before.Cases)
        {
            if (after.Cases[stage] == was) continue;
            var renewed = await hall.RenewAsync(stage);
            _caseNumbers.Add(renewed.CaseNumber);
            await ReadFormsAgainAsync(stage);
        }
        await hall.KeepSignedInAsync(cell.Persona); // the sign-out endpoint is in the matrix too
    }

    /// <summary>The form as the page gave it to the persona (through the cookie), else as it gave it to the first who got it.</summary>
    private PageForm FormFor(MatrixEndpoint endpoint, CaseStage stage, string name, Persona persona)
    {
        var forms = _forms[(endpoint.Template, stage)].Where(f => f.Form.Name == name).ToList();
        return (forms.FirstOrDefault(f => f.Persona == persona && f.Door == Door.Cookie) is { Form: not null } own ? own : forms[0]).Form;
    }

    private void KeepForms(MatrixCell cell, string html)
    {
        var key = (cell.Endpoint.Template, cell.Case.Stage);
        var kept = _forms.TryGetValue(key, out var list) ? list : _forms[key] = [];
        foreach (var form in PageForms.Read(html, cell.Path.Split('?')[0], cell.Persona, hall))
        {
            if (!kept.Any(k => k.Form.Name == form.Name && k.Persona == cell.Persona)) kept.Add((form, cell.Persona, cell.Door));
        }
    }

    private async Task ReadFormsAgainAsync(CaseStage stage)
    {
        foreach (var (key, list) in _forms.Where(f => f.Key.Stage == stage).ToList())
        {
            var path = PathOf(new MatrixEndpoint("GET", key.Template) { RouteParameters = RouteParametersOf(key.Template) }, hall.Case(stage))!;
            foreach (var (persona, door) in list.Select(f => (f.Persona, f.Door)).Distinct().ToList())
            {
                var html = await (await hall.Client(persona, door).GetAsync(path)).Content.ReadAsStringAsync();
                var again = PageForms.Read(html, path, persona, hall).ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i].Persona == persona && list[i].Door == door && again.FirstOrDefault(f => f.Name == list[i].Form.Name) is { } form) list[i] = (form, persona, door);
                }
            }
        }
    }

    private static List<string> RouteParametersOf(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{([^}]+)\}").Select(m => m.Groups[1].Value)];

    private void Judge(IEnumerable<Leak> leaks)
    {
        foreach (var leak in leaks)
        {
            _report.Leaks.Add(leak);
            log("LEAK " + leak);
        }
    }

    private async Task<(int Status, string Body, string Sent)> SendAsync(MatrixCell cell)
    {
        _report.Cells++;
        using var request = new HttpRequestMessage(new HttpMethod(cell.Verb), cell.Path);
        if (cell.Endpoint.IsMutating)
        {
            request.Content = Content(cell);
            request.Headers.Add("RequestVerificationToken", hall.FormToken(cell.Persona));
        }
        var sent = request.Content is null ? "" : System.Net.WebUtility.UrlDecode(await request.Content.ReadAsStringAsync());
        using var response = await hall.Client(cell.Persona, cell.Door).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Trace?.WriteLine($"{cell.Persona.Name}\t{cell.Door}\t{cell.Verb}\t{cell.Path}{cell.FormSuffix}\t{(int)response.StatusCode}\t{Gist(body)}");
        return ((int)response.StatusCode, body, sent);
    }

    /// <summary>What a page said (its alerts and field errors), or the start of any other answer.</summary>
    private static string Gist(string body)
    {
        var alerts = System.Text.RegularExpressions.Regex.Matches(body, "(role=\"alert\"|invalid-feedback|<h1)[^>]*>(?<text>.*?)</", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups["text"].Value.Trim()).Where(t => t.Length > 0).ToList();
        var text = alerts.Count > 0 ? string.Join(" | ", alerts) : body;
        return System.Text.RegularExpressions.Regex.Replace(text.Length > 300 ? text[..300] : text, @"\s+", " ");
    }

    private HttpContent Content(MatrixCell cell)
    {
        var token = new KeyValuePair<string, string>(BrowserSession.AntiforgeryField, hall.FormToken(cell.Persona));
        var endpoint = cell.Endpoint;
        if (cell.Form is { } form) return form.Multipart ? Multipart([token, .. form.Fields], form.FileInputs) : new FormUrlEncodedContent([token, .. form.Fields]);
        if (endpoint.IsPage) return new FormUrlEncodedContent([token]);
        var unknown = new List<string>();
        if (endpoint.JsonBodySchema is { } schema) return JsonContent.Create(RequestBodies.FromSchema(schema, cell.Case, cell.Persona, unknown));
        if (endpoint.JsonBodyType is { } type && type != typeof(string)) return JsonContent.Create(RequestBodies.FromType(type, cell.Case, cell.Persona, unknown));
        if (endpoint.AcceptsXml) return new StringContent(SampleBpmn.Standard(), Encoding.UTF8, "application/xml");
        if (endpoint.AcceptsMultipart) return Multipart([token], ["file"]);
        return new FormUrlEncodedContent([token]);
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<string> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var name in files)
        {
            var file = new ByteArrayContent(Pdf);
            file.Headers.ContentType = new("application/pdf");
            content.Add(file, name, "材料.pdf");
        }
        return content;
    }
}
