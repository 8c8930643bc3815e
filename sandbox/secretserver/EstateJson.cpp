// Reading and writing the estate as JSON (the seed in sandbox/data/estate.json and --state).
#include "secretserver/EstateData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace sandbox {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &object, const char *key, int fallback = 0)
{
    return object.value(QLatin1String(key)).toInt(fallback);
}

bool flag(const QJsonObject &object, const char *key, bool fallback = false)
{
    return object.value(QLatin1String(key)).toBool(fallback);
}

QDateTime date(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
}

QString dateText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QSet<int> idSet(const QJsonValue &value)
{
    QSet<int> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (entry.toInt() > 0)
            ids.insert(entry.toInt());
    }
    return ids;
}

QJsonArray idArray(const QSet<int> &ids)
{
    QList<int> sorted = ids.values();
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (int id : sorted)
        array.append(id);
    return array;
}

QJsonArray records(const QJsonObject &root, const char *key)
{
    return root.value(QLatin1String(key)).toArray();
}

} // namespace

bool Estate::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("estate JSON: ") + parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    d->clear();
    if (root.contains(QLatin1String("version")))
        d->version = text(root, "version");

    // Settings: only known fields, and only with the default's JSON type.
    const QJsonObject configuration = root.value(QLatin1String("configuration")).toObject();
    for (auto section = configuration.begin(); section != configuration.end(); ++section) {
        QJsonObject fields = d->configuration.value(section.key()).toObject();
        const QJsonObject given = section.value().toObject();
        for (auto field = given.begin(); field != given.end(); ++field) {
            if (fields.contains(field.key())
                && fields.value(field.key()).type() == field.value().type())
                fields.insert(field.key(), field.value());
        }
        if (!fields.isEmpty())
            d->configuration.insert(section.key(), fields);
    }

    for (const QJsonValue &value : records(root, "users")) {
        const QJsonObject o = value.toObject();
        User entry;
        entry.id = number(o, "id");
        entry.userName = text(o, "userName");
        if (entry.id <= 0 || entry.userName.isEmpty())
            continue;
        entry.displayName = o.contains(QLatin1String("displayName")) ? text(o, "displayName")
                                                                     : entry.userName;
        entry.domain = text(o, "domain");
        entry.emailAddress = text(o, "emailAddress");
        entry.password = text(o, "password");
        entry.enabled = flag(o, "enabled", true);
        entry.isApplicationAccount = flag(o, "isApplicationAccount");
        entry.isAdministrator = flag(o, "isAdministrator");
        entry.isLockedOut = flag(o, "isLockedOut");
        entry.lockOutReason = text(o, "lockOutReason");
        entry.loginFailures = number(o, "loginFailures");
        entry.created = date(o, "created");
        entry.lastLogin = date(o, "lastLogin");
        d->users[entry.id] = entry;
    }

    for (const QJsonValue &value : records(root, "groups")) {
        const QJsonObject o = value.toObject();
        Group entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        if (entry.id <= 0 || entry.name.isEmpty())
            continue;
        entry.domain = text(o, "domain");
        entry.enabled = flag(o, "enabled", true);
        entry.memberIds = idSet(o.value(QLatin1String("members")));
        d->groups[entry.id] = entry;
    }

    for (const QJsonValue &value : records(root, "ipAddressRestrictions")) {
        const QJsonObject o = value.toObject();
        IpRestriction entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        entry.range = text(o, "range");
        if (entry.id <= 0)
            continue;
        entry.userIds = idSet(o.value(QLatin1String("users")));
        entry.groupIds = idSet(o.value(QLatin1String("groups")));
        d->ipRestrictions[entry.id] = entry;
    }

    for (const QJsonValue &value : records(root, "doubleLocks")) {
        const QJsonObject o = value.toObject();
        DoubleLock entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        entry.password = text(o, "password");
        if (entry.id > 0)
            d->doubleLocks[entry.id] = entry;
    }

    for (const QJsonValue &value : records(root, "secretTemplates")) {
        const QJsonObject o = value.toObject();
        SecretTemplate entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        if (entry.id <= 0 || entry.name.isEmpty())
            continue;
        entry.active = flag(o, "active", true);
        entry.passwordTypeId = number(o, "passwordTypeId");
        for (const QJsonValue &fieldValue : o.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = fieldValue.toObject();
            TemplateField field;
            field.id = number(f, "id");
            field.slug = text(f, "slug");
            field.displayName = text(f, "displayName");
            field.description = text(f, "description");
            field.isPassword = flag(f, "isPassword");
            field.isNotes = flag(f, "isNotes");
            field.isUrl = flag(f, "isUrl");
            field.isFile = flag(f, "isFile");
            field.isRequired = flag(f, "isRequired");
            field.sortOrder = number(f, "sortOrder", int(entry.fields.size()) + 1);
            if (field.id > 0 && !field.slug.isEmpty())
                entry.fields.append(field);
        }
        d->templates[entry.id] = entry;
    }

    for (const QJsonValue &value : records(root, "folders")) {
        const QJsonObject o = value.toObject();
        Folder entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        if (entry.id <= 0 || entry.name.isEmpty())
            continue;
        entry.parentId = number(o, "parentId", -1);
        entry.folderTypeId = number(o, "folderTypeId", 1);
        entry.inheritPermissions = flag(o, "inheritPermissions", entry.parentId != -1);
        entry.inheritSecretPolicy = flag(o, "inheritSecretPolicy", true);
        entry.secretPolicyId = number(o, "secretPolicyId", -1);
        d->folders[entry.id] = entry;
    }
    for (auto &[id, entry] : d->folders) {
        if (entry.parentId != -1 && !d->folders.count(entry.parentId))
            entry.parentId = -1;
        if (entry.parentId == -1)
            entry.inheritPermissions = false;
        d->indexFolder(entry);
    }

    for (const QJsonValue &value : records(root, "folderPermissions")) {
        const QJsonObject o = value.toObject();
        FolderPermission entry;
        entry.id = number(o, "id");
        entry.folderId = number(o, "folderId");
        entry.userId = number(o, "userId");
        entry.groupId = number(o, "groupId");
        entry.folderRole = folderRoleFromName(text(o, "folderRole"));
        entry.secretRole = secretRoleFromName(text(o, "secretRole"));
        if (entry.id <= 0 || !d->folders.count(entry.folderId))
            continue;
        d->folderPermissions[entry.id] = entry;
        d->permissionsByFolder[entry.folderId].append(entry.id);
    }

    for (const QJsonValue &value : records(root, "secrets")) {
        const QJsonObject o = value.toObject();
        Secret entry;
        entry.id = number(o, "id");
        entry.name = text(o, "name");
        entry.templateId = number(o, "templateId");
        const SecretTemplate *secretTemplate = this->secretTemplate(entry.templateId);
        if (entry.id <= 0 || entry.name.isEmpty() || !secretTemplate)
            continue;
        entry.folderId = number(o, "folderId", -1);
        if (entry.folderId != -1 && !d->folders.count(entry.folderId))
            entry.folderId = -1;
        entry.siteId = number(o, "siteId", 1);
        entry.active = flag(o, "active", true);
        entry.inheritPermissions = flag(o, "inheritPermissions", true);
        entry.created = date(o, "created");
        entry.checkOutEnabled = flag(o, "checkOutEnabled");
        entry.checkOutIntervalMinutes = number(o, "checkOutIntervalMinutes");
        entry.checkOutChangePasswordEnabled = flag(o, "checkOutChangePasswordEnabled");
        entry.checkedOutBy = number(o, "checkedOutBy");
        entry.checkOutEnd = date(o, "checkOutEnd");
        entry.requiresComment = flag(o, "requiresComment");
        entry.requiresApproval = flag(o, "requiresApproval");
        entry.doubleLock = flag(o, "doubleLock");
        entry.doubleLockId = number(o, "doubleLockId");
        entry.hideLauncherPassword = flag(o, "hideLauncherPassword");
        entry.autoChangeEnabled = flag(o, "autoChangeEnabled");
        if (o.contains(QLatin1String("heartbeatStatus")))
            entry.heartbeatStatus = text(o, "heartbeatStatus");
        entry.lastHeartBeatCheck = date(o, "lastHeartBeatCheck");
        entry.lastPasswordChangeAttempt = date(o, "lastPasswordChangeAttempt");
        entry.failedPasswordChangeAttempts = number(o, "failedPasswordChangeAttempts");
        entry.isOutOfSync = flag(o, "isOutOfSync");
        entry.outOfSyncReason = text(o, "outOfSyncReason");

        // Items: {"slug": "value"} in the seed, [{itemId, slug, value}] in saved state.
        const QJsonValue items = o.value(QLatin1String("items"));
        for (const TemplateField &field : secretTemplate->fields) {
            SecretItem item;
            item.fieldId = field.id;
            item.slug = field.slug;
            if (items.isObject()) {
                item.value = items.toObject().value(field.slug).toString();
            } else {
                for (const QJsonValue &itemValue : items.toArray()) {
                    const QJsonObject i = itemValue.toObject();
                    if (text(i, "slug").compare(field.slug, Qt::CaseInsensitive) == 0) {
                        item.value = text(i, "value");
                        item.itemId = number(i, "itemId");
                    }
                }
            }
            entry.items.append(item);
        }
        // A seed names only the holder; its check-out then starts when the sandbox does.
        if (entry.checkedOutBy && !entry.checkOutEnd.isValid())
            entry.checkOutEnd = now().addSecs(qint64(checkOutIntervalMinutes(entry)) * 60);
        if (entry.checkedOutBy && d->users.count(entry.checkedOutBy))
            d->checkedOut.insert(entry.id);
        else
            entry.checkedOutBy = 0;
        d->secrets[entry.id] = entry;
        d->indexSecret(entry);
    }

    // Item ids: keep saved ones unique, number the rest after them.
    for (const auto &[id, entry] : d->secrets) {
        for (const SecretItem &item : entry.items)
            d->nextItemId = qMax(d->nextItemId, item.itemId + 1);
    }
    for (auto &[id, entry] : d->secrets) {
        for (SecretItem &item : entry.items) {
            if (item.itemId <= 0)
                item.itemId = d->nextItemId++;
        }
    }

    for (const QJsonValue &value : records(root, "secretPermissions")) {
        const QJsonObject o = value.toObject();
        SecretPermission entry;
        entry.id = number(o, "id");
        entry.secretId = number(o, "secretId");
        entry.userId = number(o, "userId");
        entry.groupId = number(o, "groupId");
        entry.role = secretRoleFromName(text(o, "role"));
        if (entry.id <= 0 || !d->secrets.count(entry.secretId) || entry.role == SecretRole::None)
            continue;
        d->secretPermissions[entry.id] = entry;
        d->permissionsBySecret[entry.secretId].append(entry.id);
    }

    for (const QJsonValue &value : records(root, "secretAudits")) {
        const QJsonObject o = value.toObject();
        SecretAudit entry;
        entry.id = int(d->secretAudits.size()) + 1;
        entry.secretId = number(o, "secretId");
        entry.userId = number(o, "userId");
        entry.action = text(o, "action");
        entry.notes = text(o, "notes");
        entry.ipAddress = text(o, "ipAddress");
        entry.dateRecorded = date(o, "dateRecorded");
        d->secretAudits.push_back(entry);
        d->auditsBySecret[entry.secretId].append(qsizetype(d->secretAudits.size()) - 1);
    }
    for (const QJsonValue &value : records(root, "userAudits")) {
        const QJsonObject o = value.toObject();
        UserAudit entry;
        entry.id = int(d->userAudits.size()) + 1;
        entry.userId = number(o, "userId");
        entry.userIdAffected = number(o, "userIdAffected");
        entry.action = text(o, "action");
        entry.notes = text(o, "notes");
        entry.ipAddress = text(o, "ipAddress");
        entry.dateRecorded = date(o, "dateRecorded");
        d->userAudits.push_back(entry);
        const qsizetype index = qsizetype(d->userAudits.size()) - 1;
        d->auditsByUser[entry.userIdAffected].append(index);
        if (entry.userId != entry.userIdAffected)
            d->auditsByUser[entry.userId].append(index);
    }

    qCInfo(lcEstate) << "estate loaded:" << d->users.size() << "users," << d->folders.size()
                     << "folders," << d->secrets.size() << "secrets";
    return true;
}

QByteArray Estate::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), d->version);
    root.insert(QStringLiteral("configuration"), d->configuration);

    QJsonArray users;
    for (const auto &[id, e] : d->users) {
        users.append(QJsonObject {
                { QStringLiteral("id"), e.id },
                { QStringLiteral("userName"), e.userName },
                { QStringLiteral("displayName"), e.displayName },
                { QStringLiteral("domain"), e.domain },
                { QStringLiteral("emailAddress"), e.emailAddress },
                { QStringLiteral("password"), e.password },
                { QStringLiteral("enabled"), e.enabled },
                { QStringLiteral("isApplicationAccount"), e.isApplicationAccount },
                { QStringLiteral("isAdministrator"), e.isAdministrator },
                { QStringLiteral("isLockedOut"), e.isLockedOut },
                { QStringLiteral("lockOutReason"), e.lockOutReason },
                { QStringLiteral("loginFailures"), e.loginFailures },
                { QStringLiteral("created"), dateText(e.created) },
                { QStringLiteral("lastLogin"), dateText(e.lastLogin) },
        });
    }
    root.insert(QStringLiteral("users"), users);

    QJsonArray groups;
    for (const auto &[id, e] : d->groups) {
        groups.append(QJsonObject { { QStringLiteral("id"), e.id },
                                    { QStringLiteral("name"), e.name },
                                    { QStringLiteral("domain"), e.domain },
                                    { QStringLiteral("enabled"), e.enabled },
                                    { QStringLiteral("members"), idArray(e.memberIds) } });
    }
    root.insert(QStringLiteral("groups"), groups);

    QJsonArray restrictions;
    for (const auto &[id, e] : d->ipRestrictions) {
        restrictions.append(QJsonObject { { QStringLiteral("id"), e.id },
                                          { QStringLiteral("name"), e.name },
                                          { QStringLiteral("range"), e.range },
                                          { QStringLiteral("users"), idArray(e.userIds) },
                                          { QStringLiteral("groups"), idArray(e.groupIds) } });
    }
    root.insert(QStringLiteral("ipAddressRestrictions"), restrictions);

    QJsonArray doubleLocks;
    for (const auto &[id, e] : d->doubleLocks) {
        doubleLocks.append(QJsonObject { { QStringLiteral("id"), e.id },
                                         { QStringLiteral("name"), e.name },
                                         { QStringLiteral("password"), e.password } });
    }
    root.insert(QStringLiteral("doubleLocks"), doubleLocks);

    QJsonArray folders;
    for (const auto &[id, e] : d->folders) {
        folders.append(
                QJsonObject { { QStringLiteral("id"), e.id },
                              { QStringLiteral("name"), e.name },
                              { QStringLiteral("parentId"), e.parentId },
                              { QStringLiteral("folderTypeId"), e.folderTypeId },
                              { QStringLiteral("inheritPermissions"), e.inheritPermissions },
                              { QStringLiteral("inheritSecretPolicy"), e.inheritSecretPolicy },
                              { QStringLiteral("secretPolicyId"), e.secretPolicyId } });
    }
    root.insert(QStringLiteral("folders"), folders);

    QJsonArray folderPermissions;
    for (const auto &[id, e] : d->folderPermissions) {
        folderPermissions.append(
                QJsonObject { { QStringLiteral("id"), e.id },
                              { QStringLiteral("folderId"), e.folderId },
                              { QStringLiteral("userId"), e.userId },
                              { QStringLiteral("groupId"), e.groupId },
                              { QStringLiteral("folderRole"), folderRoleName(e.folderRole) },
                              { QStringLiteral("secretRole"), secretRoleName(e.secretRole) } });
    }
    root.insert(QStringLiteral("folderPermissions"), folderPermissions);

    QJsonArray secrets;
    for (const auto &[id, e] : d->secrets) {
        QJsonArray items;
        for (const SecretItem &item : e.items) {
            items.append(QJsonObject { { QStringLiteral("itemId"), item.itemId },
                                       { QStringLiteral("slug"), item.slug },
                                       { QStringLiteral("value"), item.value } });
        }
        secrets.append(QJsonObject {
                { QStringLiteral("id"), e.id },
                { QStringLiteral("name"), e.name },
                { QStringLiteral("folderId"), e.folderId },
                { QStringLiteral("templateId"), e.templateId },
                { QStringLiteral("siteId"), e.siteId },
                { QStringLiteral("items"), items },
                { QStringLiteral("active"), e.active },
                { QStringLiteral("inheritPermissions"), e.inheritPermissions },
                { QStringLiteral("created"), dateText(e.created) },
                { QStringLiteral("checkOutEnabled"), e.checkOutEnabled },
                { QStringLiteral("checkOutIntervalMinutes"), e.checkOutIntervalMinutes },
                { QStringLiteral("checkOutChangePasswordEnabled"),
                  e.checkOutChangePasswordEnabled },
                { QStringLiteral("checkedOutBy"), e.checkedOutBy },
                { QStringLiteral("checkOutEnd"), dateText(e.checkOutEnd) },
                { QStringLiteral("requiresComment"), e.requiresComment },
                { QStringLiteral("requiresApproval"), e.requiresApproval },
                { QStringLiteral("doubleLock"), e.doubleLock },
                { QStringLiteral("doubleLockId"), e.doubleLockId },
                { QStringLiteral("hideLauncherPassword"), e.hideLauncherPassword },
                { QStringLiteral("autoChangeEnabled"), e.autoChangeEnabled },
                { QStringLiteral("heartbeatStatus"), e.heartbeatStatus },
                { QStringLiteral("lastHeartBeatCheck"), dateText(e.lastHeartBeatCheck) },
                { QStringLiteral("lastPasswordChangeAttempt"),
                  dateText(e.lastPasswordChangeAttempt) },
                { QStringLiteral("failedPasswordChangeAttempts"), e.failedPasswordChangeAttempts },
                { QStringLiteral("isOutOfSync"), e.isOutOfSync },
                { QStringLiteral("outOfSyncReason"), e.outOfSyncReason },
        });
    }
    root.insert(QStringLiteral("secrets"), secrets);

    QJsonArray secretPermissions;
    for (const auto &[id, e] : d->secretPermissions) {
        secretPermissions.append(
                QJsonObject { { QStringLiteral("id"), e.id },
                              { QStringLiteral("secretId"), e.secretId },
                              { QStringLiteral("userId"), e.userId },
                              { QStringLiteral("groupId"), e.groupId },
                              { QStringLiteral("role"), secretRoleName(e.role) } });
    }
    root.insert(QStringLiteral("secretPermissions"), secretPermissions);

    QJsonArray secretAudits;
    for (const SecretAudit &e : d->secretAudits) {
        secretAudits.append(
                QJsonObject { { QStringLiteral("secretId"), e.secretId },
                              { QStringLiteral("userId"), e.userId },
                              { QStringLiteral("action"), e.action },
                              { QStringLiteral("notes"), e.notes },
                              { QStringLiteral("ipAddress"), e.ipAddress },
                              { QStringLiteral("dateRecorded"), dateText(e.dateRecorded) } });
    }
    root.insert(QStringLiteral("secretAudits"), secretAudits);

    QJsonArray userAudits;
    for (const UserAudit &e : d->userAudits) {
        userAudits.append(
                QJsonObject { { QStringLiteral("userId"), e.userId },
                              { QStringLiteral("userIdAffected"), e.userIdAffected },
                              { QStringLiteral("action"), e.action },
                              { QStringLiteral("notes"), e.notes },
                              { QStringLiteral("ipAddress"), e.ipAddress },
                              { QStringLiteral("dateRecorded"), dateText(e.dateRecorded) } });
    }
    root.insert(QStringLiteral("userAudits"), userAudits);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sandbox
