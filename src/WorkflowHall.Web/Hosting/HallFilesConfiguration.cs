using WorkflowHall.Data.Hall;
using WorkflowHall.Data.Hall.Certificates;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Reads the <c>Materials</c> and <c>Certificates</c> sections. Like the SQLite file, the material store
/// and the signing key live under the content root unless configured with an absolute path.
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

        // PdfSharp 6.5 is AGPL-3.0 or commercial and renders nothing until a licence is named here
        // (Certificates:Pdf:PdfSharpLicense); certificates are issued and verified without it.
        services.AddSingleton(configuration.GetSection("Certificates:Pdf").Get<CertificatePdfOptions>() ?? new CertificatePdfOptions());
    }
}
