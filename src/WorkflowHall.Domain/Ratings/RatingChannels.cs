namespace WorkflowHall.Domain.Ratings;

/// <summary>The codes and names of <see cref="RatingChannel"/>.</summary>
public static class RatingChannels
{
    public static int Code(this RatingChannel channel) => (int)channel;

    public static bool IsDefined(this RatingChannel channel) => channel is >= RatingChannel.Pc and <= RatingChannel.Sms;

    /// <summary>The channel of a code, or null when the code is not 1–7.</summary>
    public static RatingChannel? FromCode(int code) => code is >= 1 and <= 7 ? (RatingChannel)code : null;

    public static string Chinese(this RatingChannel channel) => channel switch
    {
        RatingChannel.Pc => "PC端",
        RatingChannel.Mobile => "移动服务端",
        RatingChannel.QrCode => "二维码",
        RatingChannel.HallTablet => "政务大厅平板电脑",
        RatingChannel.HallOtherTerminal => "政务大厅其他终端",
        RatingChannel.Phone => "电话",
        RatingChannel.Sms => "短信",
        _ => throw Undefined(channel),
    };

    public static string English(this RatingChannel channel) => channel switch
    {
        RatingChannel.Pc => "PC",
        RatingChannel.Mobile => "mobile",
        RatingChannel.QrCode => "QR code",
        RatingChannel.HallTablet => "hall tablet",
        RatingChannel.HallOtherTerminal => "other hall terminal",
        RatingChannel.Phone => "telephone",
        RatingChannel.Sms => "SMS",
        _ => throw Undefined(channel),
    };

    private static ArgumentOutOfRangeException Undefined(RatingChannel channel) =>
        new(nameof(channel), (int)channel, "A rating channel is a code from 1 to 7.");
}
