// The estate's core: clock, configuration, directory, IP restrictions and audits.
#include "secretserver/EstateData.h"

#include <QJsonArray>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcEstate, "sandbox.secretserver.estate")

namespace sandbox {

QString secretRoleName(SecretRole role)
{
    switch (role) {
    case SecretRole::List:
        return QStringLiteral("List");
    case SecretRole::View:
        return QStringLiteral("View");
    case SecretRole::Edit:
        return QStringLiteral("Edit");
    case SecretRole::Owner:
        return QStringLiteral("Owner");
    case SecretRole::None:
        break;
    }
    return QStringLiteral("None");
}

SecretRole secretRoleFromName(const QString &name)
{
    for (SecretRole role :
         { SecretRole::List, SecretRole::View, SecretRole::Edit, SecretRole::Owner }) {
        if (name.compare(secretRoleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return SecretRole::None;
}

QString folderRoleName(FolderRole role)
{
    switch (role) {
    case FolderRole::View:
        return QStringLiteral("View");
    case FolderRole::Edit:
        return QStringLiteral("Edit");
    case FolderRole::AddSecret:
        return QStringLiteral("Add Secret");
    case FolderRole::Owner:
        return QStringLiteral("Owner");
    case FolderRole::None:
        break;
    }
    return QStringLiteral("None");
}

FolderRole folderRoleFromName(const QString &name)
{
    QString compact = name;
    compact.remove(QLatin1Char(' '));
    for (FolderRole role :
         { FolderRole::View, FolderRole::Edit, FolderRole::AddSecret, FolderRole::Owner }) {
        if (compact.compare(folderRoleName(role).remove(QLatin1Char(' ')), Qt::CaseInsensitive)
            == 0)
            return role;
    }
    return FolderRole::None;
}

bool IpRestriction::contains(const QHostAddress &address) const
{
    const QString trimmed = range.trimmed();
    const QHostAddress peer(address.toIPv4Address() != 0 ? QHostAddress(address.toIPv4Address())
                                                         : address);
    if (!trimmed.contains(QLatin1Char('/')))
        return QHostAddress(trimmed).isEqual(peer, QHostAddress::TolerantConversion);
    return peer.isInSubnet(QHostAddress::parseSubnet(trimmed));
}

const TemplateField *SecretTemplate::field(const QString &slug) const
{
    for (const TemplateField &candidate : fields) {
        if (candidate.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const SecretItem *Secret::item(const QString &slug) const
{
    for (const SecretItem &candidate : items) {
        if (candidate.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

SecretItem *Secret::item(const QString &slug)
{
    for (SecretItem &candidate : items) {
        if (candidate.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QString randomPassword()
{
    static const QString alphabet
            = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

QJsonObject defaultConfiguration()
{
    // Values a fresh Secret Server would plausibly show; the seed may override any of them.
    const QJsonObject application {
        { QStringLiteral("enableWebServices"), true },
        { QStringLiteral("apiSessionTimeoutDays"), 0 },
        { QStringLiteral("apiSessionTimeoutHours"), 0 },
        { QStringLiteral("apiSessionTimeoutMinutes"), 20 },
        { QStringLiteral("apiSessionTimeoutUnlimited"), false },
        { QStringLiteral("apiRefreshTokensEnabled"), true },
        { QStringLiteral("maximumTokenRefreshesAllowed"), 3 },
        { QStringLiteral("preventDirectApiAuthentication"), false },
        { QStringLiteral("customUrl"), QString() },
        { QStringLiteral("allowSoapWebServices"), true },
    };
    const QJsonObject permissionOptions {
        { QStringLiteral("allowDuplicateSecretNames"), true },
        { QStringLiteral("allowViewUserToRetrieveAutoChangeNextPassword"), false },
        { QStringLiteral("defaultSecretPermissions"), QStringLiteral("InheritsPermissions") },
        { QStringLiteral("enableApprovalFromEmail"), false },
        { QStringLiteral("forceSecretApproval"), QStringLiteral("RequireApprovalForEditors") },
    };
    const QJsonObject security {
        { QStringLiteral("forceHttps"), false },
        { QStringLiteral("enableHSTS"), false },
        { QStringLiteral("hstsMaxAge"), 31536000 },
        { QStringLiteral("enableFrameBlocking"), true },
        { QStringLiteral("allowWebServiceHttpGet"), false },
        { QStringLiteral("hideVersionNumber"), false },
        { QStringLiteral("fipsEnabled"), false },
        { QStringLiteral("enableFileRestrictions"), false },
        { QStringLiteral("maximumFileSizeBytes"), 5242880 },
        { QStringLiteral("auditTlsErrors"), false },
    };
    const QJsonObject rpc {
        { QStringLiteral("enableRpc"), true },
        { QStringLiteral("enableHeartbeat"), true },
        { QStringLiteral("enablePasswordChangeOnCheckIn"), true },
        { QStringLiteral("checkOutIntervalDays"), 0 },
        { QStringLiteral("checkOutIntervalHours"), 2 },
        { QStringLiteral("checkOutIntervalMinutes"), 0 },
        { QStringLiteral("daysToKeepLogs"), 30 },
    };
    const QJsonObject login {
        { QStringLiteral("maximumLoginFailures"), 5 },
    };
    return QJsonObject {
        { QStringLiteral("applicationSettings"), application },
        { QStringLiteral("permissionOptions"), permissionOptions },
        { QStringLiteral("security"), security },
        { QStringLiteral("rpc"), rpc },
        { QStringLiteral("login"), login },
    };
}

// --- Data helpers ---------------------------------------------------------------------------

QSet<int> Estate::Data::groupIdsOf(int userId) const
{
    QSet<int> ids;
    for (const auto &[id, group] : groups) {
        if (group.enabled && group.memberIds.contains(userId))
            ids.insert(id);
    }
    return ids;
}

int Estate::Data::permissionSourceFolder(int folderId) const
{
    int current = folderId;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto it = folders.find(current);
        if (it == folders.end())
            return current;
        if (!it->second.inheritPermissions || it->second.parentId == -1)
            return current;
        current = it->second.parentId;
    }
    return current;
}

void Estate::Data::indexFolder(const Folder &folder)
{
    childFolders[folder.parentId].append(folder.id);
}

void Estate::Data::unindexFolder(const Folder &folder)
{
    childFolders[folder.parentId].removeOne(folder.id);
}

void Estate::Data::indexSecret(const Secret &secret)
{
    secretsByFolder[secret.folderId].append(secret.id);
}

void Estate::Data::unindexSecret(const Secret &secret)
{
    secretsByFolder[secret.folderId].removeOne(secret.id);
}

void Estate::Data::clear()
{
    const QString keptVersion = version;
    const qint64 keptOffset = clockOffsetSeconds;
    const int keptLifetime = tokenLifetimeSeconds;
    *this = Data();
    version = keptVersion;
    clockOffsetSeconds = keptOffset;
    tokenLifetimeSeconds = keptLifetime;
    configuration = defaultConfiguration();
    for (const SecretTemplate &secretTemplate : builtInTemplates())
        templates[secretTemplate.id] = secretTemplate;
}

// --- Estate ---------------------------------------------------------------------------------

Estate::Estate(QObject *parent) : QObject(parent), d(std::make_unique<Data>())
{
    d->clear();
}

Estate::~Estate() = default;

QDateTime Estate::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(d->clockOffsetSeconds);
}

void Estate::advanceClock(qint64 seconds)
{
    d->clockOffsetSeconds += seconds;
    expireCheckOuts();
}

QJsonObject Estate::configurationSection(const QString &section) const
{
    return d->configuration.value(section).toObject();
}

QStringList Estate::configurationSections() const
{
    return d->configuration.keys();
}

bool Estate::setConfigurationValue(const QString &section, const QString &field,
                                   const QJsonValue &value, QString *error)
{
    QJsonObject fields = d->configuration.value(section).toObject();
    if (!fields.contains(field)) {
        *error = QStringLiteral("Unknown setting ") + section + QLatin1Char('.') + field;
        return false;
    }
    const QJsonValue current = fields.value(field);
    const bool sameType = current.type() == value.type() || (current.isString() && value.isNull());
    if (!sameType) {
        *error = QStringLiteral("Invalid value for ") + field;
        return false;
    }

    fields.insert(field, value.isNull() ? QJsonValue(QString()) : value);
    d->configuration.insert(section, fields);
    qCInfo(lcEstate) << "configuration" << section << field << "changed";
    emit changed();
    return true;
}

bool Estate::configurationFlag(const QString &section, const QString &field) const
{
    return configurationSection(section).value(field).toBool();
}

bool Estate::webServicesEnabled() const
{
    return configurationFlag(QStringLiteral("applicationSettings"),
                             QStringLiteral("enableWebServices"));
}

void Estate::setWebServicesEnabled(bool enabled)
{
    QString ignored;
    setConfigurationValue(QStringLiteral("applicationSettings"),
                          QStringLiteral("enableWebServices"), enabled, &ignored);
}

int Estate::checkOutIntervalMinutes(const Secret &secret) const
{
    if (secret.checkOutIntervalMinutes > 0)
        return secret.checkOutIntervalMinutes;
    const QJsonObject rpc = configurationSection(QStringLiteral("rpc"));
    const int minutes = rpc.value(QStringLiteral("checkOutIntervalDays")).toInt() * 1440
            + rpc.value(QStringLiteral("checkOutIntervalHours")).toInt() * 60
            + rpc.value(QStringLiteral("checkOutIntervalMinutes")).toInt();
    return minutes > 0 ? minutes : 120;
}

QString Estate::version() const
{
    return d->version;
}

void Estate::setVersion(const QString &version)
{
    d->version = version;
}

// --- Directory ------------------------------------------------------------------------------

const User *Estate::user(int id) const
{
    const auto it = d->users.find(id);
    return it == d->users.end() ? nullptr : &it->second;
}

User *Estate::mutableUser(int id)
{
    const auto it = d->users.find(id);
    return it == d->users.end() ? nullptr : &it->second;
}

const User *Estate::userByName(const QString &userName, const QString &domain) const
{
    for (const auto &[id, candidate] : d->users) {
        if (candidate.userName.compare(userName, Qt::CaseInsensitive) != 0)
            continue;
        if (domain.isEmpty() || candidate.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QList<const User *> Estate::users() const
{
    QList<const User *> list;
    for (const auto &[id, entry] : d->users)
        list.append(&entry);
    return list;
}

const Group *Estate::group(int id) const
{
    const auto it = d->groups.find(id);
    return it == d->groups.end() ? nullptr : &it->second;
}

QList<const Group *> Estate::groups() const
{
    QList<const Group *> list;
    for (const auto &[id, entry] : d->groups)
        list.append(&entry);
    return list;
}

QList<const Group *> Estate::groupsOf(int userId) const
{
    QList<const Group *> list;
    for (const auto &[id, entry] : d->groups) {
        if (entry.memberIds.contains(userId))
            list.append(&entry);
    }
    return list;
}

bool Estate::addGroupMember(int groupId, int userId)
{
    const auto it = d->groups.find(groupId);
    if (it == d->groups.end() || !user(userId))
        return false;

    it->second.memberIds.insert(userId);
    emit changed();
    return true;
}

bool Estate::removeGroupMember(int groupId, int userId)
{
    const auto it = d->groups.find(groupId);
    if (it == d->groups.end() || !it->second.memberIds.remove(userId))
        return false;

    emit changed();
    return true;
}

bool Estate::isAdministrator(int userId) const
{
    const User *entry = user(userId);
    return entry && entry->isAdministrator;
}

// --- IP address restrictions ----------------------------------------------------------------

const IpRestriction *Estate::ipRestriction(int id) const
{
    const auto it = d->ipRestrictions.find(id);
    return it == d->ipRestrictions.end() ? nullptr : &it->second;
}

QList<const IpRestriction *> Estate::ipRestrictions() const
{
    QList<const IpRestriction *> list;
    for (const auto &[id, entry] : d->ipRestrictions)
        list.append(&entry);
    return list;
}

QList<const IpRestriction *> Estate::ipRestrictionsOf(int userId) const
{
    const QSet<int> groupIds = d->groupIdsOf(userId);
    QList<const IpRestriction *> list;
    for (const auto &[id, entry] : d->ipRestrictions) {
        if (entry.userIds.contains(userId) || entry.groupIds.intersects(groupIds))
            list.append(&entry);
    }
    return list;
}

static bool validRange(const QString &range)
{
    const QString trimmed = range.trimmed();
    if (trimmed.contains(QLatin1Char('/')))
        return !QHostAddress::parseSubnet(trimmed).first.isNull();
    return !QHostAddress(trimmed).isNull();
}

int Estate::createIpRestriction(const QString &name, const QString &range)
{
    if (name.trimmed().isEmpty() || !validRange(range))
        return 0;

    IpRestriction restriction;
    restriction.id = Data::nextId(d->ipRestrictions);
    restriction.name = name.trimmed();
    restriction.range = range.trimmed();
    d->ipRestrictions[restriction.id] = restriction;
    emit changed();
    return restriction.id;
}

bool Estate::updateIpRestriction(int id, const QString &name, const QString &range)
{
    const auto it = d->ipRestrictions.find(id);
    if (it == d->ipRestrictions.end() || name.trimmed().isEmpty() || !validRange(range))
        return false;

    it->second.name = name.trimmed();
    it->second.range = range.trimmed();
    emit changed();
    return true;
}

bool Estate::deleteIpRestriction(int id)
{
    if (d->ipRestrictions.erase(id) == 0)
        return false;

    emit changed();
    return true;
}

bool Estate::assignIpRestriction(int id, int userId, int groupId, bool assign)
{
    const auto it = d->ipRestrictions.find(id);
    if (it == d->ipRestrictions.end())
        return false;
    if ((userId && !user(userId)) || (groupId && !group(groupId)) || (!userId && !groupId))
        return false;

    QSet<int> &targets = userId ? it->second.userIds : it->second.groupIds;
    const int target = userId ? userId : groupId;
    const bool had = targets.contains(target);
    if (assign)
        targets.insert(target);
    else
        targets.remove(target);
    if (had != assign)
        emit changed();
    return assign || had;
}

bool Estate::loginAllowedFrom(int userId, const QHostAddress &peer) const
{
    const QList<const IpRestriction *> restrictions = ipRestrictionsOf(userId);
    if (restrictions.isEmpty())
        return true;
    for (const IpRestriction *restriction : restrictions) {
        if (restriction->contains(peer))
            return true;
    }
    return false;
}

// --- Audits ---------------------------------------------------------------------------------

static QString addressText(const QHostAddress &peer)
{
    if (peer.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

void Estate::auditSecret(int secretId, int userId, const QString &action, const QString &notes,
                         const QHostAddress &peer)
{
    SecretAudit audit;
    audit.id = int(d->secretAudits.size()) + 1;
    audit.secretId = secretId;
    audit.userId = userId;
    audit.action = action;
    audit.notes = notes;
    audit.ipAddress = addressText(peer);
    audit.dateRecorded = now();
    d->secretAudits.push_back(audit);
    d->auditsBySecret[secretId].append(qsizetype(d->secretAudits.size()) - 1);
    emit changed();
}

void Estate::auditUser(int userId, int userIdAffected, const QString &action, const QString &notes,
                       const QHostAddress &peer)
{
    UserAudit audit;
    audit.id = int(d->userAudits.size()) + 1;
    audit.userId = userId;
    audit.userIdAffected = userIdAffected;
    audit.action = action;
    audit.notes = notes;
    audit.ipAddress = addressText(peer);
    audit.dateRecorded = now();
    d->userAudits.push_back(audit);
    const qsizetype index = qsizetype(d->userAudits.size()) - 1;
    d->auditsByUser[userIdAffected].append(index);
    if (userId != userIdAffected)
        d->auditsByUser[userId].append(index);
    emit changed();
}

QList<const SecretAudit *> Estate::secretAudits(int secretId) const
{
    QList<const SecretAudit *> list;
    const QList<qsizetype> indexes = d->auditsBySecret.value(secretId);
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        list.append(&d->secretAudits[size_t(*it)]);
    return list;
}

QList<const UserAudit *> Estate::userAudits(int userId) const
{
    QList<const UserAudit *> list;
    const QList<qsizetype> indexes = d->auditsByUser.value(userId);
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        list.append(&d->userAudits[size_t(*it)]);
    return list;
}

} // namespace sandbox
