// /api/v1/secrets/{id}/<action>: state, check-out, check-in, extend-check-out, the security
// PATCHes, share, heartbeat, change-password and audits (secret-server-api.md §5.1 §6 §9 §10).
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

// Settings views wrap each property (§1 "dirty-field" pattern).
QJsonObject viewField(const QString &name, const QString &label, const QJsonValue &value)
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("label"), label },
                         { QStringLiteral("value"), value },
                         { QStringLiteral("readOnly"), false },
                         { QStringLiteral("readOnlyReason"), QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("hidden"), false },
                         { QStringLiteral("isRequired"), false },
                         { QStringLiteral("sortOrder"), 0 } };
}

QString secretState(const Estate &estate, const Secret &secret, int userId, SecretRole role)
{
    const CheckOutStatus checkOut = estate.checkOutStatus(secret.id);
    const bool needsCheckOut
            = secret.checkOutEnabled && !(checkOut.checkedOut && checkOut.userId == userId);
    if (!secret.active)
        return QStringLiteral("RequiresUndelete");
    if (int(role) < int(SecretRole::View))
        return QStringLiteral("CannotView");
    if (secret.requiresApproval && role != SecretRole::Owner)
        return QStringLiteral("RequiresApproval");
    if (secret.doubleLock)
        return QStringLiteral("RequiresDoubleLockPassword");
    if (needsCheckOut && secret.requiresComment)
        return QStringLiteral("RequiresCheckoutAndComment");
    if (needsCheckOut)
        return QStringLiteral("RequiresCheckout");
    if (secret.requiresComment)
        return QStringLiteral("RequiresComment");
    return QStringLiteral("None");
}

HttpReply state(RestCall &call, const Secret &secret, SecretRole role)
{
    const CheckOutStatus checkOut = call.estate.checkOutStatus(secret.id);
    const Folder *folder = call.estate.folder(secret.folderId);
    const QJsonValue null(QJsonValue::Null);
    QJsonArray actions;
    if (secret.checkOutEnabled && !checkOut.checkedOut)
        actions.append(QStringLiteral("Checkout"));
    if (checkOut.checkedOut && checkOut.userId == call.userId)
        actions.append(QStringLiteral("CheckIn"));
    if (checkOut.checkedOut && role == SecretRole::Owner)
        actions.append(QStringLiteral("ForceCheckIn"));
    if (int(role) >= int(SecretRole::Edit))
        actions.append(QStringLiteral("Edit"));
    if (role == SecretRole::Owner)
        actions.append(QStringLiteral("EditSecurity"));
    if (int(role) >= int(SecretRole::View))
        actions.append(QStringLiteral("ViewAudit"));
    const bool mine = checkOut.checkedOut && checkOut.userId == call.userId;
    return HttpReply::json(
            200,
            QJsonObject {
                    { QStringLiteral("id"), secret.id },
                    { QStringLiteral("secretName"), secret.name },
                    { QStringLiteral("folderId"), secret.folderId },
                    { QStringLiteral("folderName"), folder ? QJsonValue(folder->name) : null },
                    { QStringLiteral("secretState"),
                      secretState(call.estate, secret, call.userId, role) },
                    { QStringLiteral("isActive"), secret.active },
                    { QStringLiteral("isCheckedOut"), checkOut.checkedOut },
                    { QStringLiteral("isCheckedOutByCurrentUser"), mine },
                    { QStringLiteral("checkedOutUserId"),
                      checkOut.checkedOut ? QJsonValue(checkOut.userId) : null },
                    { QStringLiteral("checkedOutUserDisplayName"),
                      checkOut.checkedOut ? QJsonValue(checkOut.userDisplayName) : null },
                    { QStringLiteral("checkOutMinutesRemaining"),
                      checkOut.checkedOut ? QJsonValue(checkOut.minutesRemaining) : null },
                    { QStringLiteral("checkOutIntervalMinutes"),
                      call.estate.checkOutIntervalMinutes(secret) },
                    { QStringLiteral("passwordChangePending"), false },
                    { QStringLiteral("role"), secretRoleName(role) },
                    { QStringLiteral("actions"), actions },
                    { QStringLiteral("approvalEnd"), null },
                    { QStringLiteral("warningMinutesRemaining"), null },
                    { QStringLiteral("remainingTimeWarningMinuteMarker"), null },
                    { QStringLiteral("availableActions"),
                      QJsonObject { { QStringLiteral("extendCheckOut"), mine } } },
            });
}

QJsonObject securityView(const Secret &secret, const Estate &estate)
{
    return QJsonObject {
        { QStringLiteral("checkOutEnabled"),
          viewField(QStringLiteral("checkOutEnabled"), QStringLiteral("Require Check Out"),
                    secret.checkOutEnabled) },
        { QStringLiteral("checkOutIntervalMinutes"),
          viewField(QStringLiteral("checkOutIntervalMinutes"), QStringLiteral("Check Out Interval"),
                    estate.checkOutIntervalMinutes(secret)) },
        { QStringLiteral("checkOutChangePasswordEnabled"),
          viewField(QStringLiteral("checkOutChangePasswordEnabled"),
                    QStringLiteral("Change Password on Check In"),
                    secret.checkOutChangePasswordEnabled) },
        { QStringLiteral("hideLauncherPassword"),
          viewField(QStringLiteral("hideLauncherPassword"),
                    QStringLiteral("Hide Launcher Password"), secret.hideLauncherPassword) },
        { QStringLiteral("requiresComment"),
          viewField(QStringLiteral("requiresComment"), QStringLiteral("Require Comment"),
                    secret.requiresComment) },
        { QStringLiteral("enableDoubleLock"),
          viewField(QStringLiteral("enableDoubleLock"), QStringLiteral("Enable DoubleLock"),
                    secret.doubleLock) },
        { QStringLiteral("doubleLockId"),
          viewField(QStringLiteral("doubleLockId"), QStringLiteral("DoubleLock"),
                    secret.doubleLock ? secret.doubleLockId : -1) },
        { QStringLiteral("requireApprovalType"),
          viewField(QStringLiteral("requireApprovalType"), QStringLiteral("Require Approval"),
                    secret.requiresApproval ? QStringLiteral("RequireApproval")
                                            : QStringLiteral("None")) },
        { QStringLiteral("proxyEnabled"),
          viewField(QStringLiteral("proxyEnabled"), QStringLiteral("Enable Proxy"), false) },
        { QStringLiteral("sessionRecordingEnabled"),
          viewField(QStringLiteral("sessionRecordingEnabled"),
                    QStringLiteral("Enable Session Recording"), false) },
    };
}

// Applies dirty/value security fields; false (with *error) on a wrongly typed value.
bool applySecurity(const QJsonObject &values, Secret &secret, HttpReply *error)
{
    BodyArgs args(values);
    const auto setFlag = [&args](const char *name, bool &target) {
        target = args.flag(QLatin1String(name)).value_or(target);
    };
    setFlag("checkOutEnabled", secret.checkOutEnabled);
    setFlag("checkOutChangePasswordEnabled", secret.checkOutChangePasswordEnabled);
    setFlag("hideLauncherPassword", secret.hideLauncherPassword);
    setFlag("requiresComment", secret.requiresComment);
    setFlag("enableDoubleLock", secret.doubleLock);
    secret.checkOutIntervalMinutes = args.number(QStringLiteral("checkOutIntervalMinutes"))
                                             .value_or(secret.checkOutIntervalMinutes);
    secret.doubleLockId = args.number(QStringLiteral("doubleLockId")).value_or(secret.doubleLockId);
    if (const auto approval = args.text(QStringLiteral("requireApprovalType")))
        secret.requiresApproval
                = approval->compare(QLatin1String("None"), Qt::CaseInsensitive) != 0;
    if (!args.ok()) {
        *error = args.error();
        return false;
    }
    return true;
}

HttpReply patchSecurity(RestCall &call, Secret &secret, const QString &area)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    Secret changed = secret;
    if (!applySecurity(RestCall::dirtyValues(body.value(QStringLiteral("data")).toObject()),
                       changed, &error))
        return error;
    if (changed.checkOutIntervalMinutes < 0)
        return invalidField(QStringLiteral("checkOutIntervalMinutes"),
                            QStringLiteral("Must not be negative."));

    // A running check-out keeps its holder and end; it simply runs out.
    secret = changed;
    call.estate.touch(secret.id, call.userId, QLatin1String(AuditAction::Edit),
                      QStringLiteral("security settings changed (") + area + QLatin1Char(')'));
    return HttpReply::json(200, securityView(secret, call.estate));
}

HttpReply share(RestCall &call, const Secret &secret)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(RestCall::dirtyValues(body.value(QStringLiteral("data")).toObject()));
    const std::optional<bool> inherit = args.flag(QStringLiteral("inheritPermissions"));
    if (!args.ok())
        return args.error();
    if (inherit)
        call.estate.setSecretInheritPermissions(secret.id, *inherit, call.userId);
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("secretId"), secret.id },
                                         { QStringLiteral("inheritPermissions"),
                                           call.estate.secret(secret.id)->inheritPermissions } });
}

HttpReply audits(RestCall &call, int secretId)
{
    QJsonArray records;
    for (const SecretAudit *audit : call.estate.secretAudits(secretId)) {
        const User *byUser = call.estate.user(audit->userId);
        records.append(QJsonObject {
                { QStringLiteral("id"), audit->id },
                { QStringLiteral("secretId"), audit->secretId },
                { QStringLiteral("action"), audit->action },
                { QStringLiteral("actionForDisplay"), audit->action },
                { QStringLiteral("username"), byUser ? byUser->userName : QString() },
                { QStringLiteral("byUserDisplayName"), byUser ? byUser->displayName : QString() },
                { QStringLiteral("dateRecorded"), dateText(audit->dateRecorded) },
                { QStringLiteral("notes"), audit->notes },
                { QStringLiteral("ipAddress"), audit->ipAddress },
                { QStringLiteral("status"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("ticketNumber"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("databaseName"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("hasProxySessionData"), false },
        });
    }
    // Newest first unless asked otherwise (PS asks DateRecorded desc).
    if (call.sortName().isEmpty())
        return call.page(records);
    return call.page(call.sorted(records, QStringLiteral("dateRecorded")));
}

HttpReply checkIn(RestCall &call, int secretId)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    const bool force = args.flag(QStringLiteral("forceCheckIn")).value_or(false);
    if (!args.ok())
        return args.error();

    const CheckInResult result
            = call.estate.checkIn(call.userId, secretId, force, call.request.peer);
    switch (result.outcome) {
    case CheckInOutcome::Ok:
        return HttpReply::json(200, secretSummary(call.estate, *call.estate.secret(secretId)));
    case CheckInOutcome::NotCheckedOut:
        return badRequest(QLatin1String(protocol::NotCheckedOutCode),
                          QLatin1String(protocol::NotCheckedOutMessage));
    case CheckInOutcome::CheckedOutByOther:
        return badRequest(QLatin1String(protocol::CheckedOutCode),
                          QLatin1String(protocol::CheckedOutMessage));
    case CheckInOutcome::AccessDenied:
        return accessDenied();
    case CheckInOutcome::NotFound:
        break;
    }
    return notFound();
}

HttpReply checkOut(RestCall &call, int secretId)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    ReadOptions options;
    options.comment = args.text(QStringLiteral("comment")).value_or(QString());
    options.doubleLockPassword
            = args.text(QStringLiteral("doubleLockPassword")).value_or(QString());
    options.forceCheckIn = args.flag(QStringLiteral("forceCheckIn")).value_or(false);
    if (!args.ok())
        return args.error();

    const SecretRead read = call.estate.checkOut(call.userId, secretId, options, call.request.peer);
    if (read.outcome != ReadOutcome::Ok)
        return readRefused(call.estate, read);
    return HttpReply::json(200, QJsonObject { { QStringLiteral("responseCodes"), QJsonArray() } });
}

HttpReply extendCheckOut(RestCall &call, int secretId)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body.value(QStringLiteral("data")).toObject());
    const int minutes = args.number(QStringLiteral("minutesToAdd")).value_or(0);
    if (!args.ok())
        return args.error();
    if (!call.estate.extendCheckOut(call.userId, secretId, minutes))
        return badRequest(QLatin1String(protocol::NotCheckedOutCode),
                          QLatin1String(protocol::NotCheckedOutMessage));
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("checkOutEndTime"),
                                           dateText(call.estate.checkOutStatus(secretId).end) } });
}

HttpReply changePassword(RestCall &call, int secretId)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    const QString newPassword = args.text(QStringLiteral("newPassword")).value_or(QString());
    if (!args.ok())
        return args.error();
    if (!call.estate.changePassword(secretId, call.userId, newPassword))
        return badRequest(QLatin1String(protocol::GenericExceptionCode),
                          QStringLiteral("The Secret has no password to change."));
    return HttpReply::json(200, secretSummary(call.estate, *call.estate.secret(secretId)));
}

} // namespace

HttpReply secretActions(RestCall &call)
{
    const int secretId = call.idAt(1).value_or(-1);
    Secret *secret = call.estate.mutableSecret(secretId);
    const QString action = call.segment(2).toLower();
    if (call.segments.size() != 3)
        return noResource();
    if (!secret)
        return notFound();
    const SecretRole role = call.estate.secretRole(call.userId, secretId);
    if (role == SecretRole::None)
        return accessDenied();

    const auto needs = [&](SecretRole wanted) {
        return int(role) >= int(wanted);
    };
    const auto method = [&](const char *wanted) {
        return call.is(wanted);
    };
    if (action == QLatin1String("state") && method("GET"))
        return state(call, *secret, role);
    if (!needs(SecretRole::View))
        return accessDenied();
    if (action == QLatin1String("check-out") && method("POST"))
        return checkOut(call, secretId);
    if (action == QLatin1String("check-in") && method("POST"))
        return checkIn(call, secretId);
    if (action == QLatin1String("extend-check-out") && method("POST"))
        return extendCheckOut(call, secretId);
    if (action == QLatin1String("audits") && method("GET"))
        return audits(call, secretId);
    if (action == QLatin1String("heartbeat") && method("POST")) {
        // The sandbox's heartbeat ends as the seed says; right after it shows Pending (§10).
        secret->lastHeartBeatCheck = call.estate.now();
        call.estate.touch(secretId, call.userId, QLatin1String(AuditAction::Heartbeat));
        QJsonObject summary = secretSummary(call.estate, *secret);
        summary.insert(QStringLiteral("lastHeartBeatStatus"), QStringLiteral("Pending"));
        return HttpReply::json(200, summary);
    }
    if (action == QLatin1String("change-password") && method("POST"))
        return needs(SecretRole::Edit) ? changePassword(call, secretId) : accessDenied();
    if ((action == QLatin1String("security-checkout")
         || action == QLatin1String("security-general"))
        && method("PATCH"))
        return needs(SecretRole::Owner) ? patchSecurity(call, *secret, action) : accessDenied();
    if (action == QLatin1String("security-approval") && (method("PUT") || method("PATCH")))
        return needs(SecretRole::Owner) ? patchSecurity(call, *secret, action) : accessDenied();
    if (action == QLatin1String("share") && method("PATCH"))
        return needs(SecretRole::Owner) ? share(call, *secret) : accessDenied();
    static const QStringList known { QStringLiteral("state"),
                                     QStringLiteral("check-out"),
                                     QStringLiteral("check-in"),
                                     QStringLiteral("extend-check-out"),
                                     QStringLiteral("audits"),
                                     QStringLiteral("heartbeat"),
                                     QStringLiteral("change-password"),
                                     QStringLiteral("security-checkout"),
                                     QStringLiteral("security-general"),
                                     QStringLiteral("security-approval"),
                                     QStringLiteral("share") };
    return known.contains(action) ? methodNotAllowed() : noResource();
}

} // namespace sandbox::rest
