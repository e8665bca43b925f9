namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// The oracle: what the hall means to allow, by relation to the case, written once for every endpoint and verb.
/// <list type="bullet">
/// <item>No answer is a server error; a route whose parameters all name things that exist (the generator fills them from the database)
/// never answers 404 to someone with a relation to the case (refusing with 404 is for those without one).</item>
/// <item>Someone with no relation to the case gets no 2xx on an endpoint that names it, and no response tells them its number or the applicant.</item>
/// <item>The applicant's full ID number and phone reach only the applicant; staff see them through an explicit reveal (查看完整信息), never in passing.</item>
/// <item>A village agent sees what filing needs: not the case's uploaded materials.</item>
/// <item>A mutating request by someone who may not act changes nothing: not the case row, its instance revision or its trail.</item>
/// <item>Staff act only on a step whose post they hold at the handling unit or above; the case row moves with its workflow.</item>
/// <item>Applicants (and anyone but the unit's staff and administrators) start no bare workflow instance; only the applicant and his village's agent file in his name; only administrators change the hall's setup.</item>
/// </list>
/// </summary>
public static class AccessIntent
{
    public const string ServerError = "8 server error";
    public const string ToldMissing = "1 told that what exists does not";
    public const string WrongPost = "2 acts on a step without its post";
    public const string WithdrawnByOther = "3 withdrawn by someone not the applicant";
    public const string CaseAndWorkflowDisagree = "3 case and workflow disagree";
    public const string BareInstance = "4 bare instance started";
    public const string PersonalData = "5 personal data unmasked";
    public const string FiledInAnothersName = "6 filed in another's name";
    public const string NoRelation = "access without relation";
    public const string ChangedWithoutRight = "change without right";

    public static bool MayView(Persona persona) => persona.Relation != CaseRelation.None;

    public static bool SeesFullIdentity(Persona persona) => persona.Relation == CaseRelation.Applicant;

    public static bool MayReveal(Persona persona) => persona.Relation is CaseRelation.UnitStaff or CaseRelation.Auditor or CaseRelation.Administrator;

    public static bool MaySeeMaterials(Persona persona) => persona.Relation is not (CaseRelation.None or CaseRelation.FilingAgent);

    /// <summary>Steps, status and what hangs off the case: the applicant side (withdraw, supplement, rate) and the holders of the open step's post.</summary>
    public static bool MayActOnCase(Persona persona, FixtureCase c) =>
        persona.Relation is CaseRelation.Applicant or CaseRelation.FilingAgent || (persona.UserName is { } user && c.MayActOnStep.Contains(user));

    /// <summary>Withdrawing is the applicant's act (through his agent too), not a step of the clerks'.</summary>
    public static bool MayWithdraw(Persona persona) => persona.Relation is CaseRelation.Applicant or CaseRelation.FilingAgent;

    private static bool IsWithdrawal(CaseState was, CaseState now) =>
        (now.CaseStatus.Contains("Withdrawn", StringComparison.OrdinalIgnoreCase) && !was.CaseStatus.Contains("Withdrawn", StringComparison.OrdinalIgnoreCase))
        || (now.InstanceStatus.Contains("Withdrawn", StringComparison.OrdinalIgnoreCase) && !was.InstanceStatus.Contains("Withdrawn", StringComparison.OrdinalIgnoreCase));

    /// <summary>Administration of the instance itself (migration) leaves steps and status alone.</summary>
    public static bool MayAdministerInstance(Persona persona) => persona.Relation == CaseRelation.Administrator;

    public static bool MayStartBareInstance(Persona persona) => persona.Relation is CaseRelation.UnitStaff or CaseRelation.Administrator;

    public static bool MayFileForApplicant(Persona persona) => persona.Relation is CaseRelation.Applicant or CaseRelation.FilingAgent;

    public static bool MayChangeSetup(Persona persona) => persona.Relation == CaseRelation.Administrator;

    /// <summary>
    /// Certificate verification is public by design (the identifier printed on the certificate is the key): an [AllowAnonymous]
    /// endpoint whose only case-bound parameter is the certificate identifier may answer anyone, with what the certificate shows.
    /// </summary>
    public static bool IsPublicVerification(MatrixEndpoint endpoint) =>
        endpoint.IsPublic && endpoint.RouteParameters.Where(ParameterValues.CaseBound.Contains).All(p => p.Equals("identifier", StringComparison.OrdinalIgnoreCase));

    private static bool IsReveal(MatrixCell cell) =>
        cell.Path.Contains("reveal", StringComparison.OrdinalIgnoreCase) || cell.Form?.Name.Contains("reveal", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>What came back; <paramref name="sent"/> is what the request carried (a page that shows the caller's own input back leaks nothing).</summary>
    public static IEnumerable<Leak> JudgeResponse(MatrixCell cell, int status, string body, string sent, MatrixHall hall, IReadOnlyCollection<string> caseNumbers)
    {
        var persona = cell.Persona;
        if (status >= 500) yield return new Leak(ServerError, cell, status, Excerpt(body, 0));
        if (status == 404 && !cell.Endpoint.IsMutating && MayView(persona))
        {
            yield return new Leak(ToldMissing, cell, status, "404 for a route whose parameters all exist: " + Excerpt(body, Math.Max(0, body.IndexOf("<h1", StringComparison.Ordinal))));
        }

        var applicant = hall.ApplicantPerson;
        if (!SeesFullIdentity(persona) && !(IsReveal(cell) && MayReveal(persona)))
        {
            foreach (var (label, value) in new[] { ("full ID number", applicant.Number!), ("full phone", applicant.Phone!) }.Where(v => !sent.Contains(v.Item2, StringComparison.Ordinal)))
            {
                var at = body.IndexOf(value, StringComparison.Ordinal);
                if (at >= 0) yield return new Leak(PersonalData, cell, status, $"{label} {value}: …{Excerpt(body, at)}…");
            }
        }

        if (!MaySeeMaterials(persona) && persona.Relation != CaseRelation.None && IsSuccess(status)
            && cell.Endpoint.RouteParameters.Contains("materialId", StringComparer.OrdinalIgnoreCase))
        {
            yield return new Leak(PersonalData, cell, status, "the applicant's uploaded material");
        }

        if (MayView(persona) || IsPublicVerification(cell.Endpoint)) yield break;
        if (cell.CaseBound && IsSuccess(status)) yield return new Leak(NoRelation, cell, status, "2xx on an endpoint that names the case");
        // The number the caller sent themselves (echoed by a refusal) tells them nothing.
        foreach (var number in caseNumbers.Where(n => !cell.Path.Contains(n, StringComparison.Ordinal) && !sent.Contains(n, StringComparison.Ordinal)))
        {
            var at = body.IndexOf(number, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return new Leak(NoRelation, cell, status, $"case number {number}: …{Excerpt(body, at)}…");
                break;
            }
        }
        var name = sent.Contains(applicant.Name, StringComparison.Ordinal) ? -1 : body.IndexOf(applicant.Name, StringComparison.Ordinal);
        if (name >= 0) yield return new Leak(NoRelation, cell, status, $"applicant's name: …{Excerpt(body, name)}…");
    }

    public static IEnumerable<Leak> JudgeChange(MatrixCell cell, int status, HallState before, HallState after, MatrixHall hall)
    {
        var persona = cell.Persona;
        foreach (var (stage, was) in before.Cases)
        {
            var now = after.Cases[stage];
            if (now == was) continue;
            var fixture = hall.Case(stage);
            var stepsOrStatus = now.CaseStatus != was.CaseStatus || now.InstanceStatus != was.InstanceStatus || now.OpenSteps != was.OpenSteps
                || now.Materials != was.Materials || now.Ratings != was.Ratings || now.Certificates != was.Certificates
                || now.SpecialProcedures != was.SpecialProcedures;
            var change = $"{stage} case {fixture.CaseNumber}: {was.Describe()} → {now.Describe()}";
            if (now.Position != was.Position && now.CaseRevision == was.CaseRevision)
            {
                yield return new Leak(CaseAndWorkflowDisagree, cell, status, "the workflow moved on (steps or status), the case row did not: " + change);
            }
            var withdrawn = IsWithdrawal(was, now);
            var allowed = withdrawn ? MayWithdraw(persona) : MayActOnCase(persona, fixture) || (!stepsOrStatus && MayAdministerInstance(persona));
            if (!allowed)
            {
                var finding = withdrawn ? WithdrawnByOther
                    : persona.Relation is CaseRelation.UnitStaff or CaseRelation.Administrator ? WrongPost
                    : ChangedWithoutRight;
                yield return new Leak(finding, cell, status, change);
            }
        }
        if (after.Instances - before.Instances > after.AllCases - before.AllCases && !MayStartBareInstance(persona))
        {
            yield return new Leak(BareInstance, cell, status, $"{after.Instances - before.Instances - (after.AllCases - before.AllCases)} instance(s) without a case");
        }
        if (after.CasesInApplicantsName > before.CasesInApplicantsName && !MayFileForApplicant(persona))
        {
            yield return new Leak(FiledInAnothersName, cell, status, $"a new case in the name of {hall.ApplicantPerson.Name} ({hall.ApplicantPerson.Number})");
        }
        foreach (var (what, was) in before.Setup)
        {
            if (after.Setup[what] != was && !MayChangeSetup(persona)) yield return new Leak(ChangedWithoutRight, cell, status, $"{what}: {was} → {after.Setup[what]}");
        }
    }

    private static bool IsSuccess(int status) => status is >= 200 and < 300;

    private static string Excerpt(string body, int at)
    {
        var start = Math.Max(0, at - 60);
        return System.Text.RegularExpressions.Regex.Replace(body.Substring(start, Math.Min(160, body.Length - start)), @"\s+", " ");
    }
}
