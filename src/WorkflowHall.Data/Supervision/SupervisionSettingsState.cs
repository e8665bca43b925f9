namespace WorkflowHall.Data.Supervision;

/// <summary>The settings in force, those of the configuration file, and the last saved change (revision 0: none).</summary>
public sealed record SupervisionSettingsState(SupervisionSettingValues Current, SupervisionSettingValues Configured, int Revision, DateTime? SavedAt, string? SavedBy);
