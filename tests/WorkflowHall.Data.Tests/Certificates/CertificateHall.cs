using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Data.Tests.Certificates;

using Hall = WorkflowHall.Data.Tests.Infrastructure.TestHall;

/// <summary>A test hall that issues disability certificates (残疾人证), with its key in a folder of its own.</summary>
public sealed class CertificateHall : IAsyncDisposable
{
    public const string TypeCode = "11100000000013338W011";
    public const string IssuerUscc = "11430000006122244L";
    public const string ImplementationCode = "11430000006122244L4430100001000";
    public const string Holder = "11010519491231002X";
    public const string OtherHolder = "440106199001011235";

    /// <summary>PDFsharp 6.5 is AGPL-3.0-only; the tests accept it to exercise the renderer.</summary>
    public static readonly CertificatePdfOptions PdfOptions = new() { PdfSharpLicense = CertificatePdfOptions.Agpl };

    private static readonly CertificatePdf SharedPdf = new(PdfOptions);

    private CertificateHall(Hall hall, string keyFolder)
    {
        Hall = hall;
        KeyFolder = keyFolder;
        Options = new CertificateSigningOptions { KeyPath = Path.Combine(keyFolder, "keys", "certificate-signing.pem"), VerifyBaseUrl = "https://hall.example.gov.cn" };
        Certificates = NewService();
    }

    public Hall Hall { get; }
    public string KeyFolder { get; }
    public CertificateSigningOptions Options { get; }
    public CertificateService Certificates { get; }

    public static async Task<CertificateHall> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"wh_certs_{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return new CertificateHall(await Hall.CreateAsync(provider), folder);
    }

    /// <summary>Another service on the same database, as another node (or a restart) would have: no cached keys.</summary>
    public CertificateService NewService(CertificateSigningOptions? options = null)
        => new(Hall.Contexts, options ?? Options, SharedPdf, Hall.Clock);

    public static ServiceGuide Guide(
        int? validYears = 5,
        string? typeCode = TypeCode,
        string implementationCode = ImplementationCode,
        string issuerUscc = IssuerUscc,
        string certificateName = "残疾人证") => new()
    {
        Name = "残疾人证核发",
        CatalogCode = "0700013000",
        ImplementationCode = implementationCode,
        MatterType = "07",
        ImplementingBody = new ImplementingBody("长沙市残疾人联合会", issuerUscc),
        HandlingUnit = new HandlingBody("长沙市残疾人联合会") { Unit = "430100" },
        StatutoryLimit = new GuideTimeLimit(20),
        PromisedLimit = new GuideTimeLimit(10),
        WorkflowKey = "standard-approval",
        Result = new MatterResult(certificateName) { Type = "证照", CertificateTypeCode = typeCode, ValidYears = validYears },
    };

    public static CaseRecord Case(int serial, string holder = Holder, string holderName = "张三", string implementationCode = ImplementationCode) => new()
    {
        Id = $"case-{implementationCode[^4..]}-{serial}",
        CaseNumber = $"{implementationCode}20261201{serial:D4}",
        ImplementationCode = implementationCode,
        MatterName = "残疾人证核发",
        ApplicantNumber = holder,
        ApplicantKind = "CitizenIdNumber",
        ApplicantName = holderName,
        HandlingUnit = "430100",
        Status = "Approved",
        FormJson = "{}",
        Channel = "1",
    };

    public static readonly IReadOnlyList<KeyValuePair<string, string>> Surface = [new("残疾类别", "肢体"), new("残疾等级", "二级")];

    /// <summary>Prepares the certificate and adds it in a transaction of the caller's, as the issue step does.</summary>
    public async Task<CertificateRecord> IssueAsync(CaseRecord? caseRecord = null, ServiceGuide? guide = null, IReadOnlyList<KeyValuePair<string, string>>? surface = null)
    {
        var prepared = await Certificates.PrepareAsync(caseRecord ?? Case(1), guide ?? Guide(), Hall.Clock.GetUtcNow(), surface ?? Surface);
        Assert.True(prepared.Succeeded, prepared.Error?.ToString());
        await using var db = await Hall.Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Certificates.Add(prepared.Value!);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return prepared.Value!;
    }

    /// <summary>Changes a stored row behind the service's back, as someone with database access could.</summary>
    public async Task EditAsync(string identifier, Action<CertificateRecord> edit)
    {
        await using var db = await Hall.Contexts.CreateDbContextAsync();
        var record = await db.Certificates.FindAsync(identifier);
        edit(record!);
        await db.SaveChangesAsync();
    }

    public async Task<CertificateRecord> LoadAsync(string identifier)
    {
        await using var db = await Hall.Contexts.CreateDbContextAsync();
        return (await db.Certificates.FindAsync(identifier))!;
    }

    public async ValueTask DisposeAsync()
    {
        await Hall.DisposeAsync();
        if (Directory.Exists(KeyFolder)) Directory.Delete(KeyFolder, recursive: true);
    }
}
