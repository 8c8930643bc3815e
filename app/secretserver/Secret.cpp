#include "secretserver/Secret.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

SecretItem SecretItem::fromJson(const QJsonObject &object)
{
    SecretItem item;
    item.itemId = json::integer(object, QStringLiteral("itemId"));
    item.fieldId = json::integer(object, QStringLiteral("fieldId"));
    item.fieldName = json::string(object, QStringLiteral("fieldName"));
    item.slug = json::string(object, QStringLiteral("slug"));
    item.description = json::string(object, QStringLiteral("fieldDescription"));
    item.value = json::string(object, QStringLiteral("itemValue"));
    item.isPassword = json::boolean(object, QStringLiteral("isPassword"));
    item.isNotes = json::boolean(object, QStringLiteral("isNotes"));
    item.isFile = json::boolean(object, QStringLiteral("isFile"));
    item.fileAttachmentId = json::integer(object, QStringLiteral("fileAttachmentId"));
    item.fileName = json::string(object, QStringLiteral("filename"));
    return item;
}

QJsonObject SecretItem::toJson() const
{
    return QJsonObject{
        {QStringLiteral("itemId"), itemId},
        {QStringLiteral("fieldId"), fieldId},
        {QStringLiteral("fieldName"), fieldName},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("itemValue"), value},
        {QStringLiteral("isPassword"), isPassword},
        {QStringLiteral("isNotes"), isNotes},
        {QStringLiteral("isFile"), isFile},
    };
}

const SecretItem *Secret::item(const QString &slug) const
{
    for (const SecretItem &candidate : items) {
        if (candidate.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

Secret Secret::fromJson(const QJsonObject &object)
{
    Secret secret;
    secret.id = json::integer(object, QStringLiteral("id"));
    secret.name = json::string(object, QStringLiteral("name"));
    secret.folderId = json::integer(object, QStringLiteral("folderId"), -1);
    secret.templateId = json::integer(object, QStringLiteral("secretTemplateId"));
    secret.templateName = json::string(object, QStringLiteral("secretTemplateName"));
    secret.siteId = json::integer(object, QStringLiteral("siteId"), 1);
    secret.active = json::boolean(object, QStringLiteral("active"), true);
    secret.isRestricted = json::boolean(object, QStringLiteral("isRestricted"));
    secret.isDoubleLock = json::boolean(object, QStringLiteral("isDoubleLock"));
    secret.requiresApproval = json::boolean(object, QStringLiteral("requiresApprovalForAccess"));
    secret.requiresComment = json::boolean(object, QStringLiteral("requiresComment"));
    secret.checkedOut = json::boolean(object, QStringLiteral("checkedOut"));
    secret.checkOutEnabled = json::boolean(object, QStringLiteral("checkOutEnabled"));
    secret.checkOutIntervalMinutes = json::integer(object,
                                                   QStringLiteral("checkOutIntervalMinutes"));
    secret.checkOutMinutesRemaining = json::integer(object,
                                                    QStringLiteral("checkOutMinutesRemaining"));
    secret.checkOutUserId = json::integer(object, QStringLiteral("checkOutUserId"));
    secret.checkOutUserDisplayName = json::string(object,
                                                  QStringLiteral("checkOutUserDisplayName"));
    secret.checkOutChangePasswordEnabled
            = json::boolean(object, QStringLiteral("checkOutChangePasswordEnabled"));
    secret.autoChangeEnabled = json::boolean(object, QStringLiteral("autoChangeEnabled"));
    secret.inheritPermissions = json::boolean(object, QStringLiteral("enableInheritPermissions"),
                                              true);
    secret.inheritSecretPolicy = json::boolean(object,
                                               QStringLiteral("enableInheritSecretPolicy"));
    secret.secretPolicyId = json::integer(object, QStringLiteral("secretPolicyId"), -1);
    secret.lastHeartBeatStatus = json::string(object, QStringLiteral("lastHeartBeatStatus"));
    secret.lastHeartBeatCheck = json::dateTime(object, QStringLiteral("lastHeartBeatCheck"));
    secret.lastPasswordChangeAttempt
            = json::dateTime(object, QStringLiteral("lastPasswordChangeAttempt"));
    secret.isOutOfSync = json::boolean(object, QStringLiteral("isOutOfSync"));
    secret.outOfSyncReason = json::string(object, QStringLiteral("outOfSyncReason"));

    const QJsonArray items = json::array(object, QStringLiteral("items"));
    for (const QJsonValue &item : items) {
        if (item.isObject())
            secret.items.append(SecretItem::fromJson(item.toObject()));
    }
    return secret;
}

QJsonObject Secret::toJson() const
{
    QJsonArray itemArray;
    for (const SecretItem &item : items)
        itemArray.append(item.toJson());

    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("folderId"), folderId},
        {QStringLiteral("secretTemplateId"), templateId},
        {QStringLiteral("siteId"), siteId < 1 ? 1 : siteId},
        {QStringLiteral("active"), active},
        {QStringLiteral("items"), itemArray},
        {QStringLiteral("checkOutEnabled"), checkOutEnabled},
        {QStringLiteral("checkOutIntervalMinutes"), checkOutIntervalMinutes},
        {QStringLiteral("checkOutChangePasswordEnabled"), checkOutChangePasswordEnabled},
        {QStringLiteral("autoChangeEnabled"), autoChangeEnabled},
        {QStringLiteral("enableInheritPermissions"), inheritPermissions},
        {QStringLiteral("enableInheritSecretPolicy"), inheritSecretPolicy},
        {QStringLiteral("secretPolicyId"), secretPolicyId},
        {QStringLiteral("requiresComment"), requiresComment},
    };
    if (id > 0)
        object.insert(QStringLiteral("id"), id);
    return object;
}

SecretSummary SecretSummary::fromJson(const QJsonObject &object)
{
    SecretSummary summary;
    summary.id = json::integer(object, QStringLiteral("id"));
    summary.name = json::string(object, QStringLiteral("name"));
    summary.folderId = json::integer(object, QStringLiteral("folderId"), -1);
    summary.folderPath = json::string(object, QStringLiteral("folderPath"));
    summary.templateId = json::integer(object, QStringLiteral("secretTemplateId"));
    summary.templateName = json::string(object, QStringLiteral("secretTemplateName"));
    summary.active = json::boolean(object, QStringLiteral("active"), true);
    summary.checkedOut = json::boolean(object, QStringLiteral("checkedOut"));
    summary.checkOutEnabled = json::boolean(object, QStringLiteral("checkOutEnabled"));
    summary.checkOutUserId = json::integer(object, QStringLiteral("checkOutUserId"));
    summary.checkOutUserName = json::string(object, QStringLiteral("checkOutUserName"));
    summary.autoChangeEnabled = json::boolean(object, QStringLiteral("autoChangeEnabled"));
    summary.doubleLockEnabled = json::boolean(object, QStringLiteral("doubleLockEnabled"));
    summary.hidePassword = json::boolean(object, QStringLiteral("hidePassword"));
    summary.inheritsPermissions = json::boolean(object, QStringLiteral("inheritsPermissions"),
                                                true);
    summary.isRestricted = json::boolean(object, QStringLiteral("isRestricted"));
    summary.requiresApproval = json::boolean(object, QStringLiteral("requiresApproval"));
    summary.requiresComment = json::boolean(object, QStringLiteral("requiresComment"));
    summary.isOutOfSync = json::boolean(object, QStringLiteral("isOutOfSync"));
    summary.outOfSyncReason = json::string(object, QStringLiteral("outOfSyncReason"));
    summary.lastHeartBeatStatus = json::string(object, QStringLiteral("lastHeartBeatStatus"));
    summary.lastPasswordChangeAttempt
            = json::dateTime(object, QStringLiteral("lastPasswordChangeAttempt"));
    summary.createDate = json::dateTime(object, QStringLiteral("createDate"));
    summary.daysUntilExpiration = json::integer(object, QStringLiteral("daysUntilExpiration"));

    const QJsonArray extended = json::array(object, QStringLiteral("extendedFields"));
    for (const QJsonValue &entry : extended) {
        const QJsonObject field = entry.toObject();
        summary.extendedFields.append({json::string(field, QStringLiteral("name")),
                                       json::string(field, QStringLiteral("value"))});
    }
    return summary;
}

SecretState SecretState::fromJson(const QJsonObject &object)
{
    SecretState state;
    state.id = json::integer(object, QStringLiteral("id"));
    state.name = json::string(object, QStringLiteral("secretName"));
    state.folderId = json::integer(object, QStringLiteral("folderId"), -1);
    state.folderName = json::string(object, QStringLiteral("folderName"));
    state.state = json::string(object, QStringLiteral("secretState"));
    state.active = json::boolean(object, QStringLiteral("isActive"), true);
    state.checkedOut = json::boolean(object, QStringLiteral("isCheckedOut"));
    state.checkedOutByCurrentUser = json::boolean(object,
                                                  QStringLiteral("isCheckedOutByCurrentUser"));
    state.checkedOutUserId = json::integer(object, QStringLiteral("checkedOutUserId"));
    state.checkedOutUserDisplayName
            = json::string(object, QStringLiteral("checkedOutUserDisplayName"));
    state.checkOutMinutesRemaining = json::integer(object,
                                                   QStringLiteral("checkOutMinutesRemaining"));
    state.checkOutIntervalMinutes = json::integer(object,
                                                  QStringLiteral("checkOutIntervalMinutes"));
    state.passwordChangePending = json::boolean(object, QStringLiteral("passwordChangePending"));
    state.role = json::string(object, QStringLiteral("role"));

    const QJsonArray actions = json::array(object, QStringLiteral("actions"));
    for (const QJsonValue &action : actions) {
        if (action.isString())
            state.actions << action.toString();
    }
    return state;
}

} // namespace secretserver
