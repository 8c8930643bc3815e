// Serializers shared by the REST endpoint files: SecretSummary, SecretModel, FolderSummary
// and the refusal of a secret read (secret-server-api.md §3, §4, §11).
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

// What Secret Server puts in itemValue for a file field (§4.2: fetch the field instead).
const QString FilePlaceholder = QStringLiteral("*** Not Valid For Display ***");

bool hasLauncher(int templateId)
{
    // Windows, Active Directory and Unix accounts come with RDP / SSH launchers.
    return templateId == 6001 || templateId == 6003 || templateId == 6007;
}

} // namespace

QJsonObject folderSummary(const Estate &estate, const Folder &folder)
{
    return QJsonObject {
        { QStringLiteral("id"), folder.id },
        { QStringLiteral("folderName"), folder.name },
        { QStringLiteral("folderPath"), estate.folderPath(folder.id) },
        { QStringLiteral("parentFolderId"), folder.parentId },
        { QStringLiteral("folderTypeId"), folder.folderTypeId },
        { QStringLiteral("secretPolicyId"), folder.secretPolicyId },
        { QStringLiteral("inheritPermissions"), folder.inheritPermissions },
        { QStringLiteral("inheritSecretPolicy"), folder.inheritSecretPolicy },
    };
}

QJsonObject secretSummary(const Estate &estate, const Secret &secret)
{
    const SecretTemplate *secretTemplate = estate.secretTemplate(secret.templateId);
    const CheckOutStatus checkOut = estate.checkOutStatus(secret.id);
    const User *holder = checkOut.checkedOut ? estate.user(checkOut.userId) : nullptr;
    return QJsonObject {
        { QStringLiteral("id"), secret.id },
        { QStringLiteral("name"), secret.name },
        { QStringLiteral("folderId"), secret.folderId },
        { QStringLiteral("folderPath"), estate.folderPath(secret.folderId) },
        { QStringLiteral("secretTemplateId"), secret.templateId },
        { QStringLiteral("secretTemplateName"), secretTemplate ? secretTemplate->name : QString() },
        { QStringLiteral("siteId"), secret.siteId },
        { QStringLiteral("active"), secret.active },
        { QStringLiteral("checkedOut"), checkOut.checkedOut },
        { QStringLiteral("checkOutEnabled"), secret.checkOutEnabled },
        { QStringLiteral("checkOutUserId"), checkOut.checkedOut ? checkOut.userId : -1 },
        { QStringLiteral("checkOutUserName"),
          holder ? QJsonValue(holder->userName) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("autoChangeEnabled"), secret.autoChangeEnabled },
        { QStringLiteral("doubleLockEnabled"), secret.doubleLock },
        { QStringLiteral("hidePassword"), secret.hideLauncherPassword },
        { QStringLiteral("inheritsPermissions"), secret.inheritPermissions },
        { QStringLiteral("isRestricted"), secret.isRestricted() },
        { QStringLiteral("requiresApproval"), secret.requiresApproval },
        { QStringLiteral("requiresComment"), secret.requiresComment },
        { QStringLiteral("isOutOfSync"), secret.isOutOfSync },
        // An observed SecretSummary carries "" here and null responseCodes (§4.1).
        { QStringLiteral("outOfSyncReason"), secret.outOfSyncReason },
        { QStringLiteral("lastHeartBeatStatus"), secret.heartbeatStatus },
        { QStringLiteral("lastPasswordChangeAttempt"),
          dateOrNever(secret.lastPasswordChangeAttempt) },
        { QStringLiteral("lastAccessed"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("createDate"), dateOrNull(secret.created) },
        { QStringLiteral("daysUntilExpiration"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("hasLauncher"), hasLauncher(secret.templateId) },
        { QStringLiteral("extendedFields"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("responseCodes"), QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject secretModel(const Estate &estate, const Secret &secret, bool withValues)
{
    const SecretTemplate *secretTemplate = estate.secretTemplate(secret.templateId);
    QJsonArray items;
    for (const SecretItem &item : secret.items) {
        const TemplateField *field = secretTemplate ? secretTemplate->field(item.slug) : nullptr;
        const bool isFile = field && field->isFile;
        QString value = withValues ? item.value : QString();
        if (isFile && !value.isEmpty())
            value = FilePlaceholder;
        items.append(QJsonObject {
                { QStringLiteral("itemId"), item.itemId },
                { QStringLiteral("fieldId"), item.fieldId },
                { QStringLiteral("fieldName"), field ? field->displayName : item.slug },
                { QStringLiteral("slug"), item.slug },
                { QStringLiteral("fieldDescription"), field ? field->description : QString() },
                { QStringLiteral("itemValue"), value },
                { QStringLiteral("isPassword"), field && field->isPassword },
                { QStringLiteral("isNotes"), field && field->isNotes },
                { QStringLiteral("isFile"), isFile },
                { QStringLiteral("isList"), false },
                { QStringLiteral("listType"), QStringLiteral("None") },
                { QStringLiteral("fileAttachmentId"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("filename"), QJsonValue(QJsonValue::Null) },
        });
    }

    const CheckOutStatus checkOut = estate.checkOutStatus(secret.id);
    return QJsonObject {
        { QStringLiteral("id"), secret.id },
        { QStringLiteral("name"), secret.name },
        { QStringLiteral("folderId"), secret.folderId },
        { QStringLiteral("secretTemplateId"), secret.templateId },
        { QStringLiteral("secretTemplateName"), secretTemplate ? secretTemplate->name : QString() },
        { QStringLiteral("siteId"), secret.siteId },
        { QStringLiteral("active"), secret.active },
        { QStringLiteral("isRestricted"), secret.isRestricted() },
        { QStringLiteral("isDoubleLock"), secret.doubleLock },
        { QStringLiteral("doubleLockId"), secret.doubleLock ? secret.doubleLockId : -1 },
        { QStringLiteral("requiresApprovalForAccess"), secret.requiresApproval },
        { QStringLiteral("requiresComment"), secret.requiresComment },
        { QStringLiteral("checkedOut"), checkOut.checkedOut },
        { QStringLiteral("checkOutEnabled"), secret.checkOutEnabled },
        { QStringLiteral("checkOutIntervalMinutes"), estate.checkOutIntervalMinutes(secret) },
        { QStringLiteral("checkOutMinutesRemaining"), checkOut.minutesRemaining },
        { QStringLiteral("checkOutUserId"), checkOut.checkedOut ? checkOut.userId : -1 },
        { QStringLiteral("checkOutUserDisplayName"), checkOut.userDisplayName },
        { QStringLiteral("checkOutChangePasswordEnabled"), secret.checkOutChangePasswordEnabled },
        { QStringLiteral("autoChangeEnabled"), secret.autoChangeEnabled },
        { QStringLiteral("autoChangeNextPassword"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("enableInheritPermissions"), secret.inheritPermissions },
        { QStringLiteral("enableInheritSecretPolicy"), true },
        { QStringLiteral("secretPolicyId"), -1 },
        { QStringLiteral("lastHeartBeatStatus"), secret.heartbeatStatus },
        { QStringLiteral("lastHeartBeatCheck"), dateOrNever(secret.lastHeartBeatCheck) },
        { QStringLiteral("lastPasswordChangeAttempt"),
          dateOrNever(secret.lastPasswordChangeAttempt) },
        { QStringLiteral("failedPasswordChangeAttempts"), secret.failedPasswordChangeAttempts },
        { QStringLiteral("isOutOfSync"), secret.isOutOfSync },
        { QStringLiteral("outOfSyncReason"), secret.outOfSyncReason },
        { QStringLiteral("proxyEnabled"), false },
        { QStringLiteral("sessionRecordingEnabled"), false },
        { QStringLiteral("restrictSshCommands"), false },
        { QStringLiteral("allowOwnersUnrestrictedSshCommands"), false },
        { QStringLiteral("webLauncherRequiresIncognitoMode"), false },
        { QStringLiteral("launcherConnectAsSecretId"), -1 },
        { QStringLiteral("passwordTypeWebScriptId"), -1 },
        { QStringLiteral("accessRequestWorkflowMapId"), -1 },
        { QStringLiteral("jumpboxRouteId"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("responseCodes"), QJsonArray() },
        { QStringLiteral("items"), items },
    };
}

HttpReply readRefused(const Estate &estate, const SecretRead &read)
{
    switch (read.outcome) {
    case ReadOutcome::NotFound:
        return notFound();
    case ReadOutcome::AccessDenied:
        return accessDenied();
    case ReadOutcome::ApprovalRequired:
        return badRequest(QLatin1String(protocol::ApprovalRequiredCode),
                          QLatin1String(protocol::ApprovalRequiredMessage));
    case ReadOutcome::DoubleLockRequired:
        return badRequest(QLatin1String(protocol::DoubleLockRequiredCode),
                          QLatin1String(protocol::DoubleLockRequiredMessage));
    case ReadOutcome::CommentRequired:
        return badRequest(QLatin1String(protocol::CommentRequiredCode),
                          QLatin1String(protocol::CommentRequiredMessage));
    case ReadOutcome::CheckedOutByOther: {
        const CheckOutStatus status
                = read.secret ? estate.checkOutStatus(read.secret->id) : CheckOutStatus();
        QString message = QLatin1String(protocol::CheckedOutMessage);
        if (!status.userDisplayName.isEmpty())
            message += QStringLiteral(" (") + status.userDisplayName + QLatin1Char(')');
        return badRequest(QLatin1String(protocol::CheckedOutCode), message);
    }
    case ReadOutcome::CheckOutRequired:
        return badRequest(QLatin1String(protocol::CheckOutRequiredCode),
                          QLatin1String(protocol::CheckOutRequiredMessage));
    case ReadOutcome::Ok:
        break;
    }
    return badRequest(QLatin1String(protocol::GenericExceptionCode), QStringLiteral("Error"));
}

HttpReply deleted(int id, const QString &objectType)
{
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("objectType"), objectType },
                                         { QStringLiteral("responseCodes"), QJsonArray() } });
}

} // namespace sandbox::rest
