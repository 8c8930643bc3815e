// Secrets: storage, search, the read rules (restrictions, check-out) and password changes.
#include "secretserver/EstateData.h"

#include <algorithm>

namespace sandbox {

namespace {

const QStringList &heartbeatStatusNames()
{
    // Index order = the numeric value clients may send (secret-server-api.md §10).
    static const QStringList names {
        QStringLiteral("Failed"),           QStringLiteral("Success"),
        QStringLiteral("Pending"),          QStringLiteral("Disabled"),
        QStringLiteral("UnableToConnect"),  QStringLiteral("UnknownError"),
        QStringLiteral("IncompatibleHost"), QStringLiteral("AccountLockedOut"),
        QStringLiteral("DnsMismatch"),      QStringLiteral("UnableToValidateServerPublicKey"),
        QStringLiteral("Processing"),       QStringLiteral("ArgumentError"),
        QStringLiteral("AccessDenied"),
    };
    return names;
}

bool heartbeatMatches(const QString &wanted, const QString &status)
{
    bool isNumber = false;
    const int index = wanted.toInt(&isNumber);
    if (isNumber)
        return heartbeatStatusNames().value(index).compare(status, Qt::CaseInsensitive) == 0;
    return wanted.compare(status, Qt::CaseInsensitive) == 0;
}

} // namespace

// --- Templates ------------------------------------------------------------------------------

const SecretTemplate *Estate::secretTemplate(int id) const
{
    const auto it = d->templates.find(id);
    return it == d->templates.end() ? nullptr : &it->second;
}

QList<const SecretTemplate *> Estate::secretTemplates() const
{
    QList<const SecretTemplate *> list;
    for (const auto &[id, entry] : d->templates)
        list.append(&entry);
    return list;
}

int Estate::secretCount(int templateId) const
{
    int count = 0;
    for (const auto &[id, entry] : d->secrets) {
        if (entry.templateId == templateId && entry.active)
            ++count;
    }
    return count;
}

const DoubleLock *Estate::doubleLock(int id) const
{
    const auto it = d->doubleLocks.find(id);
    return it == d->doubleLocks.end() ? nullptr : &it->second;
}

// --- Storage --------------------------------------------------------------------------------

const Secret *Estate::secret(int id) const
{
    const auto it = d->secrets.find(id);
    return it == d->secrets.end() ? nullptr : &it->second;
}

Secret *Estate::mutableSecret(int id)
{
    const auto it = d->secrets.find(id);
    return it == d->secrets.end() ? nullptr : &it->second;
}

const Secret *Estate::secretByPath(const QString &path) const
{
    const qsizetype last = path.lastIndexOf(QLatin1Char('\\'));
    const QString name = path.mid(last + 1);
    int folderId = -1;
    if (last > 0) {
        const Folder *parent = folderByPath(path.left(last));
        if (!parent)
            return nullptr;
        folderId = parent->id;
    }
    for (int secretId : d->secretsByFolder.value(folderId)) {
        const Secret *candidate = secret(secretId);
        if (candidate && candidate->name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return nullptr;
}

int Estate::createSecret(const Secret &request, int byUserId)
{
    const SecretTemplate *secretTemplate = this->secretTemplate(request.templateId);
    if (!secretTemplate || request.name.trimmed().isEmpty()
        || (request.folderId != -1 && !folder(request.folderId)))
        return 0;

    Secret created = request;
    created.id = Data::nextId(d->secrets);
    created.name = request.name.trimmed();
    created.created = now();
    created.checkedOutBy = 0;
    created.checkOutEnd = {};
    created.items.clear();
    for (const TemplateField &field : secretTemplate->fields) {
        SecretItem item;
        item.itemId = d->nextItemId++;
        item.fieldId = field.id;
        item.slug = field.slug;
        if (const SecretItem *given = request.item(field.slug))
            item.value = given->value;
        created.items.append(item);
    }
    // Without a folder to inherit from, the creator owns the secret explicitly.
    const bool explicitOwner = created.folderId == -1 || !created.inheritPermissions;
    created.inheritPermissions = !explicitOwner;
    d->secrets[created.id] = created;
    d->indexSecret(created);
    if (explicitOwner && byUserId) {
        SecretPermission owner;
        owner.id = Data::nextId(d->secretPermissions);
        owner.secretId = created.id;
        owner.userId = byUserId;
        owner.role = SecretRole::Owner;
        d->secretPermissions[owner.id] = owner;
        d->permissionsBySecret[created.id].append(owner.id);
    }
    auditSecret(created.id, byUserId, QLatin1String(AuditAction::Create), {});
    return created.id;
}

bool Estate::deleteSecret(int id, int byUserId)
{
    Secret *target = mutableSecret(id);
    if (!target || !target->active)
        return false;

    target->active = false;
    target->checkedOutBy = 0;
    target->checkOutEnd = {};
    d->checkedOut.remove(id);
    auditSecret(id, byUserId, QLatin1String(AuditAction::Delete), {});
    return true;
}

bool Estate::moveSecret(int id, int folderId)
{
    Secret *target = mutableSecret(id);
    if (!target || (folderId != -1 && !folder(folderId)))
        return false;
    if (target->folderId == folderId)
        return true;

    d->unindexSecret(*target);
    target->folderId = folderId;
    d->indexSecret(*target);
    emit changed();
    return true;
}

void Estate::touch(int secretId, int byUserId, const QString &action, const QString &notes)
{
    auditSecret(secretId, byUserId, action, notes);
}

// --- Search ---------------------------------------------------------------------------------

QList<const Secret *> Estate::searchSecrets(int userId, const SecretQuery &query) const
{
    const QSet<int> groupIds = d->groupIdsOf(userId);
    QHash<int, SecretRole> roleBySource; // folder roles computed once per search
    const auto folderRoleFor = [&](int folderId) {
        const int source = d->permissionSourceFolder(folderId);
        const auto cached = roleBySource.constFind(source);
        if (cached != roleBySource.cend())
            return *cached;
        SecretRole best = SecretRole::None;
        for (int permissionId : d->permissionsByFolder.value(source)) {
            const FolderPermission &entry = d->folderPermissions.at(permissionId);
            const bool applies = (entry.userId && entry.userId == userId)
                    || (entry.groupId && groupIds.contains(entry.groupId));
            if (applies && int(entry.secretRole) > int(best))
                best = entry.secretRole;
        }
        roleBySource.insert(source, best);
        return best;
    };

    const auto matches = [&](const Secret &candidate) {
        if (candidate.active ? !query.includeActive : !query.includeInactive)
            return false;
        if (candidate.isRestricted() && !query.includeRestricted)
            return false;
        if (query.templateId && candidate.templateId != query.templateId)
            return false;
        if (!query.heartbeatStatus.isEmpty()
            && !heartbeatMatches(query.heartbeatStatus, candidate.heartbeatStatus))
            return false;
        if (!query.searchText.isEmpty()) {
            const SecretItem *item = query.searchFieldSlug.isEmpty()
                    ? nullptr
                    : candidate.item(query.searchFieldSlug);
            if (!query.searchFieldSlug.isEmpty() && !item)
                return false;
            const QString &text = item ? item->value : candidate.name;
            const bool found = query.isExactMatch
                    ? text.compare(query.searchText, Qt::CaseInsensitive) == 0
                    : text.contains(query.searchText, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        const SecretRole role = candidate.inheritPermissions
                ? (candidate.folderId == -1 ? SecretRole::None : folderRoleFor(candidate.folderId))
                : secretRole(userId, candidate.id);
        return role != SecretRole::None && int(role) >= int(query.permissionRequired);
    };

    QList<const Secret *> found;
    if (query.folderId == -1) {
        for (const auto &[id, candidate] : d->secrets) {
            if (matches(candidate))
                found.append(&candidate);
        }
    } else {
        QList<int> pending { query.folderId };
        for (qsizetype i = 0; i < pending.size(); ++i) {
            for (int secretId : d->secretsByFolder.value(pending[i])) {
                const Secret &candidate = d->secrets.at(secretId);
                if (matches(candidate))
                    found.append(&candidate);
            }
            if (query.includeSubFolders)
                pending += d->childFolders.value(pending[i]);
        }
    }

    std::sort(found.begin(), found.end(), [](const Secret *a, const Secret *b) {
        const int order = a->name.compare(b->name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a->id < b->id;
    });
    return found;
}

// --- Reading and check-out ------------------------------------------------------------------

SecretRead Estate::readSecret(int userId, int secretId, const ReadOptions &options,
                              const QHostAddress &peer)
{
    expireCheckOuts();

    SecretRead read;
    Secret *target = mutableSecret(secretId);
    if (!target || (!target->active && !options.includeInactive))
        return read;
    read.role = secretRole(userId, secretId);
    if (int(read.role) < int(SecretRole::View)) {
        read.outcome = ReadOutcome::AccessDenied;
        return read;
    }

    // Restrictions, in the order Secret Server asks for them.
    const bool owner = read.role == SecretRole::Owner;
    if (target->requiresApproval && !owner) {
        read.outcome = ReadOutcome::ApprovalRequired;
        return read;
    }
    if (target->doubleLock) {
        const DoubleLock *lock = doubleLock(target->doubleLockId);
        if (!lock || options.doubleLockPassword.isEmpty()
            || options.doubleLockPassword != lock->password) {
            read.outcome = ReadOutcome::DoubleLockRequired;
            return read;
        }
    }
    if (target->requiresComment && options.comment.trimmed().isEmpty()) {
        read.outcome = ReadOutcome::CommentRequired;
        return read;
    }

    if (target->checkOutEnabled && target->checkedOutBy != userId) {
        const bool mayForce = owner || isAdministrator(userId);
        if (target->checkedOutBy != 0 && !(options.forceCheckIn && mayForce)) {
            read.outcome = ReadOutcome::CheckedOutByOther;
            read.secret = target;
            return read;
        }
        if (options.noAutoCheckout) {
            read.outcome = ReadOutcome::CheckOutRequired;
            return read;
        }
        if (target->checkedOutBy != 0)
            releaseCheckOut(*target, userId, QStringLiteral("forced check-in"), peer);
        checkOutTo(*target, userId, peer);
        read.checkedOutNow = true;
    }

    if (options.audit) {
        QString notes = options.comment.trimmed();
        if (!options.ticketNumber.isEmpty())
            notes += QStringLiteral(" (ticket ") + options.ticketNumber + QLatin1Char(')');
        auditSecret(secretId, userId, QLatin1String(AuditAction::View), notes, peer);
    }
    read.outcome = ReadOutcome::Ok;
    read.secret = target;
    return read;
}

SecretRead Estate::checkOut(int userId, int secretId, const ReadOptions &options,
                            const QHostAddress &peer)
{
    ReadOptions explicitCheckOut = options;
    explicitCheckOut.noAutoCheckout = false;
    explicitCheckOut.audit = false;
    return readSecret(userId, secretId, explicitCheckOut, peer);
}

void Estate::checkOutTo(Secret &secret, int userId, const QHostAddress &peer)
{
    secret.checkedOutBy = userId;
    secret.checkOutEnd = now().addSecs(qint64(checkOutIntervalMinutes(secret)) * 60);
    d->checkedOut.insert(secret.id);
    auditSecret(secret.id, userId, QLatin1String(AuditAction::CheckOut), {}, peer);
}

bool Estate::releaseCheckOut(Secret &secret, int byUserId, const QString &how,
                             const QHostAddress &peer)
{
    secret.checkedOutBy = 0;
    secret.checkOutEnd = {};
    d->checkedOut.remove(secret.id);
    auditSecret(secret.id, byUserId, QLatin1String(AuditAction::CheckIn), how, peer);

    const bool changeOnCheckIn = secret.checkOutChangePasswordEnabled
            && configurationFlag(QStringLiteral("rpc"), QStringLiteral("enableRpc"))
            && configurationFlag(QStringLiteral("rpc"),
                                 QStringLiteral("enablePasswordChangeOnCheckIn"));
    if (!changeOnCheckIn)
        return false;
    return changePassword(secret.id, byUserId);
}

CheckInResult Estate::checkIn(int userId, int secretId, bool force, const QHostAddress &peer)
{
    expireCheckOuts();

    CheckInResult result;
    Secret *target = mutableSecret(secretId);
    if (!target)
        return result;
    const SecretRole role = secretRole(userId, secretId);
    if (int(role) < int(SecretRole::View)) {
        result.outcome = CheckInOutcome::AccessDenied;
        return result;
    }
    if (target->checkedOutBy == 0) {
        result.outcome = CheckInOutcome::NotCheckedOut;
        return result;
    }
    const bool mayForce = role == SecretRole::Owner || isAdministrator(userId);
    if (target->checkedOutBy != userId && !(force && mayForce)) {
        result.outcome = CheckInOutcome::CheckedOutByOther;
        return result;
    }

    const QString how = target->checkedOutBy == userId ? QStringLiteral("checked in")
                                                       : QStringLiteral("forced check-in");
    result.passwordChanged = releaseCheckOut(*target, userId, how, peer);
    result.outcome = CheckInOutcome::Ok;
    return result;
}

bool Estate::extendCheckOut(int userId, int secretId, int minutes)
{
    expireCheckOuts();

    Secret *target = mutableSecret(secretId);
    if (!target || target->checkedOutBy != userId || minutes <= 0)
        return false;

    target->checkOutEnd = target->checkOutEnd.addSecs(qint64(minutes) * 60);
    auditSecret(secretId, userId, QLatin1String(AuditAction::CheckOut),
                QStringLiteral("check-out extended by %1 minutes").arg(minutes));
    return true;
}

CheckOutStatus Estate::checkOutStatus(int secretId) const
{
    CheckOutStatus status;
    const Secret *target = secret(secretId);
    if (!target || target->checkedOutBy == 0 || target->checkOutEnd <= now())
        return status;

    status.checkedOut = true;
    status.userId = target->checkedOutBy;
    if (const User *holder = user(target->checkedOutBy))
        status.userDisplayName = holder->displayName;
    status.end = target->checkOutEnd;
    const qint64 seconds = now().secsTo(target->checkOutEnd);
    status.minutesRemaining = int((seconds + 59) / 60);
    return status;
}

void Estate::expireCheckOuts()
{
    const QDateTime current = now();
    const QList<int> ids = d->checkedOut.values();
    for (int secretId : ids) {
        Secret *target = mutableSecret(secretId);
        if (!target) {
            d->checkedOut.remove(secretId);
            continue;
        }
        if (target->checkOutEnd.isValid() && target->checkOutEnd > current)
            continue;
        qCInfo(lcEstate) << "check-out interval of secret" << secretId << "ended";
        releaseCheckOut(*target, target->checkedOutBy,
                        QStringLiteral("automatic check-in: check-out interval ended"), {});
    }
}

bool Estate::changePassword(int secretId, int byUserId, const QString &newPassword)
{
    Secret *target = mutableSecret(secretId);
    const SecretTemplate *secretTemplate
            = target ? this->secretTemplate(target->templateId) : nullptr;
    if (!target || !secretTemplate)
        return false;

    bool changed = false;
    for (SecretItem &item : target->items) {
        const TemplateField *field = secretTemplate->field(item.slug);
        // The account password only; passphrases and keys are not rotated.
        if (field && field->isPassword && !item.slug.contains(QLatin1String("passphrase"))) {
            item.value = newPassword.isEmpty() ? randomPassword() : newPassword;
            changed = true;
        }
    }
    if (!changed)
        return false;

    target->lastPasswordChangeAttempt = now();
    target->failedPasswordChangeAttempts = 0;
    target->isOutOfSync = false;
    target->outOfSyncReason.clear();
    qCInfo(lcEstate) << "password of secret" << secretId << "changed";
    auditSecret(secretId, byUserId, QLatin1String(AuditAction::ChangePassword),
                newPassword.isEmpty() ? QStringLiteral("random password set")
                                      : QStringLiteral("password set"));
    return true;
}

} // namespace sandbox
