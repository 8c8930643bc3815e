#include "soap/SoapSecretWriter.h"

namespace sandbox {

void SoapSecretWriter::nullableText(const QString &name, const QString &value)
{
    // .NET leaves a null string out; the estate's empty strings stand for null.
    if (!value.isEmpty())
        m_out.text(name, value);
}

void SoapSecretWriter::summary(const Secret &secret)
{
    const SecretTemplate *secretTemplate = m_estate.secretTemplate(secret.templateId);

    m_out.begin(QStringLiteral("SecretSummary"));
    m_out.integer(QStringLiteral("SecretId"), secret.id);
    m_out.text(QStringLiteral("SecretName"), secret.name);
    nullableText(QStringLiteral("SecretTypeName"),
                 secretTemplate ? secretTemplate->name : QString());
    m_out.integer(QStringLiteral("SecretTypeId"), secret.templateId);
    m_out.integer(QStringLiteral("FolderId"), secret.folderId);
    m_out.boolean(QStringLiteral("IsRestricted"), secret.isRestricted());
    m_out.end();
}

void SoapSecretWriter::items(const Secret &secret, SecretRole callerRole)
{
    const SecretTemplate *secretTemplate = m_estate.secretTemplate(secret.templateId);
    // "Viewing Password Requires Edit" (hideLauncherPassword, §6): View alone sees no password.
    const bool hidePasswords = secret.hideLauncherPassword && callerRole < SecretRole::Edit;

    m_out.begin(QStringLiteral("Items"));
    for (const SecretItem &item : secret.items) {
        const TemplateField *field = secretTemplate ? secretTemplate->field(item.slug) : nullptr;
        const QString fieldName = field ? field->displayName : item.slug;
        const bool isPassword = field && field->isPassword;

        m_out.begin(QStringLiteral("SecretItem"));
        // An empty value is an empty string, not null: ASMX writes <Value />.
        m_out.text(QStringLiteral("Value"), isPassword && hidePasswords ? QString() : item.value);
        m_out.integer(QStringLiteral("Id"), item.itemId);
        m_out.integer(QStringLiteral("FieldId"), item.fieldId);
        m_out.text(QStringLiteral("FieldName"), fieldName);
        m_out.boolean(QStringLiteral("IsFile"), field && field->isFile);
        m_out.boolean(QStringLiteral("IsNotes"), field && field->isNotes);
        m_out.boolean(QStringLiteral("IsPassword"), isPassword);
        m_out.text(QStringLiteral("FieldDisplayName"), fieldName);
        m_out.end();
    }
    m_out.end();
}

void SoapSecretWriter::checkOut(const Secret &secret)
{
    const CheckOutStatus status = m_estate.checkOutStatus(secret.id);
    if (!status.checkedOut) {
        m_out.nil(QStringLiteral("CheckOutMinutesRemaining"));
        m_out.boolean(QStringLiteral("IsCheckedOut"), false);
        m_out.nil(QStringLiteral("CheckOutUserId"));
        return;
    }
    m_out.integer(QStringLiteral("CheckOutMinutesRemaining"), status.minutesRemaining);
    m_out.boolean(QStringLiteral("IsCheckedOut"), true);
    nullableText(QStringLiteral("CheckOutUserDisplayName"), status.userDisplayName);
    m_out.integer(QStringLiteral("CheckOutUserId"), status.userId);
}

void SoapSecretWriter::settings(const Secret &secret)
{
    m_out.begin(QStringLiteral("SecretSettings"));
    m_out.boolean(QStringLiteral("AutoChangeEnabled"), secret.autoChangeEnabled);
    m_out.boolean(QStringLiteral("RequiresApprovalForAccess"), secret.requiresApproval);
    m_out.boolean(QStringLiteral("RequiresComment"), secret.requiresComment);
    m_out.boolean(QStringLiteral("CheckOutEnabled"), secret.checkOutEnabled);
    m_out.boolean(QStringLiteral("CheckOutChangePasswordEnabled"),
                  secret.checkOutChangePasswordEnabled);
    m_out.boolean(QStringLiteral("ProxyEnabled"), false);
    m_out.boolean(QStringLiteral("SessionRecordingEnabled"), false);
    m_out.boolean(QStringLiteral("IsChangeToSettings"), false);
    m_out.end();
}

void SoapSecretWriter::permissions(const Secret &secret, SecretRole callerRole)
{
    m_out.begin(QStringLiteral("SecretPermissions"));
    m_out.boolean(QStringLiteral("CurrentUserHasView"), callerRole >= SecretRole::View);
    m_out.boolean(QStringLiteral("CurrentUserHasEdit"), callerRole >= SecretRole::Edit);
    m_out.boolean(QStringLiteral("CurrentUserHasOwner"), callerRole >= SecretRole::Owner);
    m_out.boolean(QStringLiteral("InheritPermissionsEnabled"), secret.inheritPermissions);
    m_out.boolean(QStringLiteral("IsChangeToPermissions"), false);

    m_out.begin(QStringLiteral("Permissions"));
    for (const SecretPermission &permission : m_estate.effectiveSecretPermissions(secret.id)) {
        const User *user = permission.userId ? m_estate.user(permission.userId) : nullptr;
        const Group *group = permission.groupId ? m_estate.group(permission.groupId) : nullptr;
        if (!user && !group)
            continue;

        m_out.begin(QStringLiteral("Permission"));
        m_out.begin(QStringLiteral("UserOrGroup"));
        m_out.text(QStringLiteral("Name"), user ? user->userName : group->name);
        nullableText(QStringLiteral("DomainName"), user ? user->domain : group->domain);
        m_out.boolean(QStringLiteral("IsUser"), user != nullptr);
        if (group)
            m_out.integer(QStringLiteral("GroupId"), group->id);
        else
            m_out.nil(QStringLiteral("GroupId"));
        if (user)
            m_out.integer(QStringLiteral("UserId"), user->id);
        else
            m_out.nil(QStringLiteral("UserId"));
        m_out.end();
        m_out.boolean(QStringLiteral("View"), permission.role >= SecretRole::View);
        m_out.boolean(QStringLiteral("Edit"), permission.role >= SecretRole::Edit);
        m_out.boolean(QStringLiteral("Owner"), permission.role >= SecretRole::Owner);
        m_out.text(QStringLiteral("SecretAccessRoleName"), secretRoleName(permission.role));
        m_out.end();
    }
    m_out.end();
    m_out.end();
}

void SoapSecretWriter::secret(const Secret &secret, SecretRole callerRole,
                              bool withSettingsAndPermissions)
{
    const SecretTemplate *secretTemplate = m_estate.secretTemplate(secret.templateId);
    bool hasUrl = false;
    if (secretTemplate) {
        for (const TemplateField &field : secretTemplate->fields)
            hasUrl = hasUrl || field.isUrl;
    }

    m_out.begin(QStringLiteral("Secret"));
    m_out.text(QStringLiteral("Name"), secret.name);
    items(secret, callerRole);
    m_out.integer(QStringLiteral("Id"), secret.id);
    m_out.integer(QStringLiteral("SecretTypeId"), secret.templateId);
    m_out.integer(QStringLiteral("FolderId"), secret.folderId);
    m_out.boolean(QStringLiteral("IsWebLauncher"), hasUrl);
    checkOut(secret);
    m_out.boolean(QStringLiteral("IsOutOfSync"), secret.isOutOfSync);
    m_out.boolean(QStringLiteral("IsRestricted"), secret.isRestricted());
    nullableText(QStringLiteral("OutOfSyncReason"), secret.outOfSyncReason);
    if (withSettingsAndPermissions) {
        settings(secret);
        permissions(secret, callerRole);
    }
    m_out.boolean(QStringLiteral("Active"), secret.active);
    m_out.end();
}

} // namespace sandbox
