import Shared

/// The console's own settings, read by gateways only.
extension Setting {
    static let callbackTargetHours = Setting(
        "CALLBACK_TARGET_HOURS", default: "2", "Working hours within which a member who needs a callback is called back (the queue's target).")
    static let callbackWorkingHours = Setting(
        "CALLBACK_WORKING_HOURS", default: "09-18", "The operators' working day for callback targets, first and last hour (Monday to Saturday, in DASHBOARD_TIME_ZONE).")
}
