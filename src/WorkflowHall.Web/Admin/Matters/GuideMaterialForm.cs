using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Admin.Matters;

/// <summary>One material row of the guide editor; <see cref="Original"/> is its index in the guide it was read from (-1: added here), so its other fields are kept.</summary>
public sealed class GuideMaterialForm
{
    public int Original { get; set; } = -1;
    public string? Name { get; set; }
    public bool Mandatory { get; set; }
    public string? Form { get; set; }
    public int Originals { get; set; }
    public int Copies { get; set; }
    public string? CertificateTypeCode { get; set; }

    public static GuideMaterialForm From(MaterialSpec material, int index) => new()
    {
        Original = index, Name = material.Name, Mandatory = material.Mandatory, Form = material.Form,
        Originals = material.Originals, Copies = material.Copies, CertificateTypeCode = material.CertificateTypeCode,
    };

    public MaterialSpec ApplyTo(IReadOnlyList<MaterialSpec> read)
    {
        var name = Name?.Trim() ?? "";
        var material = Original >= 0 && Original < read.Count ? read[Original] with { Name = name } : new MaterialSpec(name);
        return material with
        {
            Mandatory = Mandatory,
            Form = GuideForm.Blank(Form),
            Originals = Originals,
            Copies = Copies,
            CertificateTypeCode = GuideForm.Blank(CertificateTypeCode),
        };
    }
}
