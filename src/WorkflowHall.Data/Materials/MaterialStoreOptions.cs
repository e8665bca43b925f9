using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Materials;

/// <summary>Where uploaded materials are kept and what may be uploaded (configuration section <c>Materials</c>).</summary>
public sealed class MaterialStoreOptions
{
    public const string Section = "Materials";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写材料存放的文件夹 / a folder is required")]
    public string Root { get; set; } = "data/materials";

    /// <summary>Largest accepted file, in bytes (default 20 MB).</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "须为正整数（字节）/ must be a positive number of bytes")]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
