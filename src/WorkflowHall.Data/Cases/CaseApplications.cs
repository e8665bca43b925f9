using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Time;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// Registers applications: checks the matter, the applicant's one number and name against the people the hall
/// knows, the length of free text, the agent's post, residence and signed consent (<see cref="ApplicationChecks"/>), and the materials (a certificate the applicant already holds stands in for a matching
/// material), then gives the case its number and starts its workflow — case row, materials and
/// instance in one transaction. Every refusal is precise and leaves nothing behind.
/// </summary>
public sealed class CaseApplications(
    IDbContextFactory<HallDbContext> contexts,
    MatterCatalog matters,
    HallDirectory directory,
    CaseNumbers numbers,
    WorkflowRuntime runtime,
    WorkingDayCalendar calendar,
    TimeProvider clock)
{
    public const string VillageAgentPost = "village-agent";

    public async Task<HallResult<CaseRecord>> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await matters.GetAsync(request.ImplementationCode, cancellationToken: cancellationToken) is not var (guide, version))
        {
            return new HallError("matter.unknown", $"没有已发布的事项 {request.ImplementationCode}", $"There is no published matter {request.ImplementationCode}")
            {
                Target = "implementationCode",
            };
        }

        var number = ApplicantNumber.Parse(request.ApplicantNumber, HallTime.DateOf(now));
        if (!number.IsValid) return new HallError(number.Error!.Code, number.Error.MessageZh, number.Error.MessageEn) { Target = "applicantNumber" };
        if (string.IsNullOrWhiteSpace(request.ApplicantName))
        {
            return new HallError("applicant.name", "请填写申请人姓名或单位名称", "Give the applicant's name") { Target = "applicantName" };
        }

        if (ApplicationChecks.Lengths(request) is { } tooLong) return tooLong;

        var tree = await directory.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await ApplicationChecks.KnownApplicantAsync(db, number.Value!, request.ApplicantName, cancellationToken);
        if (!known.Succeeded) return known.Error!;
        if (request.AgentUnit is { } agentUnit
            && await ApplicationChecks.AgentAsync(db, tree, request, agentUnit, known.Value, cancellationToken) is { } agentRefused)
        {
            return agentRefused;
        }

        // Where an agent's villager lives is what the hall knows of them, never what the agent says.
        var village = request.AgentUnit is not null ? known.Value!.VillageCode : request.ApplicantVillage ?? known.Value?.VillageCode;
        if (CaseUnits.Resolve(guide, tree, village, out var unitZh, out var unitEn) is not { } units)
        {
            return new HallError("case.unit", unitZh!, unitEn!) { Target = "applicantVillage" };
        }
        var materials = await CheckMaterialsAsync(db, guide, number.Value!.Value, request, now.UtcDateTime, cancellationToken);
        if (!materials.Succeeded) return materials.Error!;

        var caseNumber = await numbers.NextAsync(guide.ImplementationCode, now, cancellationToken);
        if (!caseNumber.Succeeded) return caseNumber.Error!;

        var record = NewCase(request, guide, version, number.Value, units, village, caseNumber.Value!, now);
        return await StartAsync(record, request, guide, units, materials.Value!, now, cancellationToken);
    }

    private static CaseRecord NewCase(ApplyRequest request, ServiceGuide guide, int version, ApplicantNumber number, CaseUnits units, string? village,
        string caseNumber, DateTimeOffset now)
    {
        var byAgent = request.AgentUnit is not null;
        return new CaseRecord
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            CaseNumber = caseNumber,
            ImplementationCode = guide.ImplementationCode,
            MatterVersion = version,
            MatterName = guide.Name,
            ApplicantNumber = number.Value,
            ApplicantKind = number.Kind.ToString(),
            ApplicantName = request.ApplicantName.Trim(),
            ApplicantPhone = request.ApplicantPhone,
            ApplicantUserName = byAgent ? null : request.Actor,
            AgentUserName = byAgent ? request.Actor : null,
            AgentUnit = request.AgentUnit,
            ConsentRecordedAt = byAgent ? now.UtcDateTime : null,
            ConsentNote = byAgent ? request.Consent?.Trim() : null,
            ConsentDocumentSha256 = byAgent ? request.ConsentDocumentSha256?.Trim() : null,
            HandlingUnit = units.Handling,
            ApplicantVillage = village,
            Status = "",
            FormJson = Engine.Variables.CanonicalJson.Serialize(request.Form),
            Channel = request.Channel,
            SubmittedAt = now.UtcDateTime,
        };
    }

    /// <summary>Starts the case's workflow; the case row and its materials are written in the same transaction as the first step.</summary>
    private async Task<HallResult<CaseRecord>> StartAsync(CaseRecord record, ApplyRequest request, ServiceGuide guide, CaseUnits units,
        List<CaseMaterialRecord> materials, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Whoever filed the application answers the supplement notice: the applicant, or the agent for them.
        var start = new StartRequest(guide.WorkflowKey, request.Actor)
        {
            InstanceId = record.Id,
            HandlingUnit = units.Handling,
            BusinessKey = record.CaseNumber,
            Variables = CaseStartVariables.Of(guide, record, request.Actor, request.Form, units),
        };
        var outcome = await runtime.StartAsync(start, (db, _, _, result, _) =>
        {
            CaseStepWriter.Apply(record, result.State, guide, calendar, now);
            db.Cases.Add(record);
            foreach (var material in materials.Concat(ConsentForm(request, now.UtcDateTime)))
            {
                material.CaseId = record.Id;
                db.CaseMaterials.Add(material);
            }
            return Task.CompletedTask;
        }, cancellationToken);
        return outcome.IsAccepted ? record : HallErrors.From(outcome);
    }

    /// <summary>The agent's signed 代办委托书 is kept with the case's materials, where the clerk checks it.</summary>
    internal static IEnumerable<CaseMaterialRecord> ConsentForm(ApplyRequest request, DateTime now)
    {
        if (request.AgentUnit is null || request.ConsentDocumentSha256 is not { } sha) yield break;
        yield return new CaseMaterialRecord
        {
            CaseId = "", MaterialName = ConsentFormName, Sha256 = sha.Trim(), FileName = request.ConsentDocumentFileName ?? ConsentFormName + ".pdf",
            AddedAt = now, AddedBy = request.Actor,
        };
    }

    /// <summary>The name the signed authorisation form carries among the case's materials.</summary>
    public const string ConsentFormName = "代办委托书";

    private static async Task<HallResult<List<CaseMaterialRecord>>> CheckMaterialsAsync(HallDbContext db, ServiceGuide guide, string holder,
        ApplyRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var specs = guide.Materials.IsDefault ? [] : guide.Materials;
        var records = new List<CaseMaterialRecord>();
        foreach (var submitted in request.Materials)
        {
            var spec = specs.FirstOrDefault(s => s.Name == submitted.MaterialName);
            if (spec is null)
            {
                return new HallError("material.unknown", $"事项“{guide.Name}”没有名为“{submitted.MaterialName}”的材料",
                    $"Matter “{guide.Name}” has no material named “{submitted.MaterialName}”") { Target = submitted.MaterialName };
            }
            if (submitted.CertificateIdentifier is { } identifier)
            {
                var held = await db.Certificates.AsNoTracking().AnyAsync(c => c.Identifier == identifier && c.HolderNumber == holder
                    && c.Status == "Valid" && c.TypeCode == spec.CertificateTypeCode, cancellationToken);
                if (!held)
                {
                    return new HallError("material.certificate", $"证照 {identifier} 不是申请人持有的有效“{spec.Name}”",
                        $"Certificate {identifier} is not a valid “{spec.Name}” held by the applicant") { Target = submitted.MaterialName };
                }
            }
            else if (submitted.Sha256 is not { } sha || !await db.StoredFiles.AnyAsync(f => f.Sha256 == sha, cancellationToken))
            {
                return new HallError("material.file", $"材料“{submitted.MaterialName}”的文件没有上传成功，请重新上传",
                    $"The file for “{submitted.MaterialName}” was not uploaded; upload it again") { Target = submitted.MaterialName };
            }
            records.Add(new CaseMaterialRecord
            {
                CaseId = "", MaterialName = spec.Name, Sha256 = submitted.Sha256, FileName = submitted.FileName,
                CertificateIdentifier = submitted.CertificateIdentifier, AddedAt = now, AddedBy = request.Actor,
            });
        }

        var missing = new List<string>();
        foreach (var spec in specs.Where(s => s.Mandatory && records.All(r => r.MaterialName != s.Name)))
        {
            // 一号一窗一网: a certificate the government already issued to the applicant is looked up, not asked for again.
            var held = spec.CertificateTypeCode is { } type
                ? await db.Certificates.AsNoTracking().Where(c => c.HolderNumber == holder && c.TypeCode == type && c.Status == "Valid")
                    .OrderByDescending(c => c.IssuedAt).Select(c => c.Identifier).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (held is null) missing.Add(spec.Name);
            else records.Add(new CaseMaterialRecord { CaseId = "", MaterialName = spec.Name, CertificateIdentifier = held, AddedAt = now, AddedBy = "system" });
        }
        if (missing.Count > 0)
        {
            return new HallError("material.missing", $"缺少必备材料：{string.Join("、", missing)}", $"Required materials are missing: {string.Join(", ", missing)}")
            {
                Target = string.Join(",", missing),
            };
        }
        return records;
    }
}
