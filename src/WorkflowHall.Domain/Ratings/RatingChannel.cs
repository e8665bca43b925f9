namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// 评价渠道: where the applicant rated. GB/T 39046 table 9 names the channels (an..50); the numbers
/// are the codes the national 好差评 exchange uses (1–5 as seen in several provincial feeds, 电话 6
/// and 短信 7 as seen in one).
/// </summary>
public enum RatingChannel
{
    /// <summary>1 PC端.</summary>
    Pc = 1,
    /// <summary>2 移动服务端 (app, mini-program).</summary>
    Mobile = 2,
    /// <summary>3 二维码 (a code printed on the result or at the window).</summary>
    QrCode = 3,
    /// <summary>4 政务大厅平板电脑 (the rating pad at the window).</summary>
    HallTablet = 4,
    /// <summary>5 政务大厅其他终端 (self-service kiosks and the like).</summary>
    HallOtherTerminal = 5,
    /// <summary>6 电话.</summary>
    Phone = 6,
    /// <summary>7 短信 (reply to an SMS invitation).</summary>
    Sms = 7,
}
