namespace WorkflowHall.Domain.Certificates;

public static class CertificateDeliveryMethodNames
{
    public static string Chinese(this CertificateDeliveryMethod method) => method switch
    {
        CertificateDeliveryMethod.Pickup => "窗口领取",
        CertificateDeliveryMethod.Post => "邮寄",
        CertificateDeliveryMethod.SelfPrint => "自助打印",
        _ => method.ToString(),
    };
}
