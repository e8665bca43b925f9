namespace WorkflowHall.Engine.Validation;

public enum ProblemCode
{
    MalformedXml,
    ForbiddenDtd,
    NotBpmn,
    NoExecutableProcess,
    SeveralProcesses,
    UnsupportedElement,
    DuplicateId,
    MissingId,
    DanglingFlow,
    NoStartEvent,
    SeveralStartEvents,
    NoEndEvent,
    UnreachableNode,
    CannotReachEnd,
    GatewayShape,
    MissingCondition,
    InvalidCondition,
    IllTypedCondition,
    InvalidDefaultFlow,
    EmptyTimer,
    InvalidTimer,
    MissingAssignment,
    InvalidTimeLimit,
    InvalidHallSetting,
    InvalidMultiInstance,
    MissingHandler,
    BoundaryAttachment,
    CrossScopeFlow,
    /// <summary>A start event with incoming flows or an end event with outgoing flows.</summary>
    EventShape,
    /// <summary>The file is larger than the reader accepts.</summary>
    DocumentTooLarge,
    /// <summary>The file's elements nest deeper than the reader accepts.</summary>
    DocumentTooDeep,
    /// <summary>The file holds more elements than the reader accepts.</summary>
    DocumentTooManyElements,
}
