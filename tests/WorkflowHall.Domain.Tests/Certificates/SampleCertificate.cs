using WorkflowHall.Domain.Certificates;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Tests.Certificates;

/// <summary>A disability certificate (残疾人证) as the tests issue it.</summary>
internal static class SampleCertificate
{
    public const string Identifier = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

    public static readonly CertificateContent Content = new()
    {
        Identifier = Identifier,
        Name = "残疾人证",
        TypeCode = "11100000000013338W011",
        HolderNumber = "11010519491231002X",
        HolderName = "张三",
        IssuerUscc = "11430000006122244L",
        IssuerName = "长沙市残疾人联合会",
        MatterName = "残疾人证核发",
        ImplementationCode = "11430000006122244L4430100001000",
        CaseNumber = "11430000006122244L4430100001000202612010001",
        IssuedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, HallTime.Offset),
        ValidUntil = new DateOnly(2031, 12, 1),
        Surface = [new("残疾类别", "肢体"), new("残疾等级", "二级")],
    };
}
