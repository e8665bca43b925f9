using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Hall.Bench;

/// <summary>Certificate issue (prepare + sign + store) and verification (load + recompute + verify) against raw ECDSA P-256.</summary>
internal static class CertificateRates
{
    public static async Task<(double IssuePerSecond, double VerifyPerSecond, double RawSignPerSecond, double RawVerifyPerSecond)> RunAsync(BenchHall hall, int count)
    {
        var services = hall.Services(TimeProvider.System);
        var guide = (await services.Matters.GetAsync(BenchHall.MatterCode))!.Value.Guide;
        var identifiers = new List<string>(count);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var record = Case(i);
            var prepared = await services.Certificates.PrepareAsync(record, guide, DateTimeOffset.UtcNow);
            if (!prepared.Succeeded) throw new InvalidOperationException(prepared.Error!.ToString());
            await using var db = await services.Contexts.CreateDbContextAsync();
            db.Certificates.Add(prepared.Value!);
            await db.SaveChangesAsync();
            identifiers.Add(prepared.Value!.Identifier);
        }
        var issue = count / watch.Elapsed.TotalSeconds;

        watch.Restart();
        foreach (var identifier in identifiers)
        {
            var verified = await services.Certificates.VerifyAsync(identifier, "440106199001011235");
            if (verified.Value?.Outcome != Domain.Certificates.CertificateVerificationOutcome.Valid) throw new InvalidOperationException($"{identifier}: {verified.Value?.Outcome}");
        }
        var verify = count / watch.Elapsed.TotalSeconds;

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var payload = Encoding.UTF8.GetBytes(new string('证', 200));
        watch.Restart();
        byte[] signature = [];
        for (var i = 0; i < count; i++) signature = key.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var rawSign = count / watch.Elapsed.TotalSeconds;
        watch.Restart();
        for (var i = 0; i < count; i++) key.VerifyData(payload, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var rawVerify = count / watch.Elapsed.TotalSeconds;
        return (issue, verify, rawSign, rawVerify);
    }

    private static CaseRecord Case(int i) => new()
    {
        Id = $"cert-bench-{i}",
        CaseNumber = $"{BenchHall.MatterCode}20261201{i % 9999 + 1:D4}",
        ImplementationCode = BenchHall.MatterCode,
        MatterName = "野外用火审批",
        ApplicantNumber = "440106199001011235",
        ApplicantKind = "CitizenIdNumber",
        ApplicantName = "王强",
        HandlingUnit = BenchHall.Unit,
        Status = "Approved",
        FormJson = "{}",
        Channel = "2",
        SubmittedAt = DateTime.UtcNow,
    };
}
