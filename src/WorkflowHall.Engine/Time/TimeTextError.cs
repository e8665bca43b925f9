namespace WorkflowHall.Engine.Time;

/// <summary>Why a piece of time text (duration, date or cycle) could not be read, in Chinese and English.</summary>
internal readonly record struct TimeTextError(string Zh, string En);
