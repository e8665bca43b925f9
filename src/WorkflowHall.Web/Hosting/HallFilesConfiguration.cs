using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Integrity;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Reads the <c>Materials</c>, <c>Certificates</c> and <c>Audit</c> sections. Like the SQLite file, the material store
/// and the signing keys live under the content root unless configured with an absolute path.
/// </summary>
internal static class HallFilesConfiguration
{
    public static void Add(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var materials = configuration.GetSection("Materials").Get<MaterialStoreOptions>() ?? new MaterialStoreOptions();
        materials.Root = Path.GetFullPath(materials.Root, contentRoot);
        services.AddSingleton(materials);

        var signing = configuration.GetSection("Certificates").Get<CertificateSigningOptions>() ?? new CertificateSigningOptions();
        signing.KeyPath = Path.GetFullPath(signing.KeyPath, contentRoot);
        services.AddSingleton(signing);

        var checkpoints = configuration.GetSection("Audit").Get<CheckpointOptions>() ?? new CheckpointOptions();
        checkpoints.CheckpointKeyPath = Path.GetFullPath(checkpoints.CheckpointKeyPath, contentRoot);
        services.AddSingleton(checkpoints);

        // PdfSharp 6.5 is AGPL-3.0 or commercial and renders nothing until a licence is named here
        // (Certificates:Pdf:PdfSharpLicense); certificates are issued and verified without it.
        services.AddSingleton(configuration.GetSection("Certificates:Pdf").Get<CertificatePdfOptions>() ?? new CertificatePdfOptions());
    }
}
