namespace WorkflowHall.Domain.Certificates;

/// <summary>How the holder received the certificate (送达方式).</summary>
public enum CertificateDeliveryMethod
{
    /// <summary>窗口领取.</summary>
    Pickup,
    /// <summary>邮寄.</summary>
    Post,
    /// <summary>自助打印.</summary>
    SelfPrint,
}
