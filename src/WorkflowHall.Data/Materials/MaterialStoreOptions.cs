namespace WorkflowHall.Data.Materials;

/// <summary>Where uploaded materials are kept and what may be uploaded (configuration section <c>Materials</c>).</summary>
public sealed class MaterialStoreOptions
{
    public string Root { get; set; } = "data/materials";

    /// <summary>Largest accepted file, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
