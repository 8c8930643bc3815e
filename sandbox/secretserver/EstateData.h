#pragma once

// Private to the Estate implementation files: the containers and their indexes.
#include "secretserver/Estate.h"

#include <QHash>
#include <QLoggingCategory>
#include <deque>
#include <map>

Q_DECLARE_LOGGING_CATEGORY(lcEstate)

namespace sandbox {

struct Estate::Data
{
    // std::map / std::deque keep element addresses stable, so the const pointers handed out
    // by the Estate stay valid while other entries come and go.
    std::map<int, User> users;
    std::map<int, Group> groups;
    std::map<int, IpRestriction> ipRestrictions;
    std::map<int, Folder> folders;
    std::map<int, FolderPermission> folderPermissions;
    std::map<int, SecretTemplate> templates;
    std::map<int, Secret> secrets;
    std::map<int, SecretPermission> secretPermissions;
    std::map<int, DoubleLock> doubleLocks;
    std::deque<SecretAudit> secretAudits;
    std::deque<UserAudit> userAudits;
    std::map<QByteArray, Session> sessions; // by access token
    QHash<QByteArray, QByteArray> refreshTokens; // refresh token -> access token

    // Indexes (ids), kept in step by the mutators.
    QHash<int, QList<int>> childFolders; // parent id (-1 = root) -> folder ids
    QHash<int, QList<int>> secretsByFolder; // folder id -> secret ids
    QHash<int, QList<int>> permissionsByFolder; // folder id -> own folder permission ids
    QHash<int, QList<int>> permissionsBySecret; // secret id -> own secret permission ids
    QHash<int, QList<qsizetype>> auditsBySecret; // secret id -> indexes into secretAudits
    QHash<int, QList<qsizetype>> auditsByUser; // user id -> indexes into userAudits
    QSet<int> checkedOut; // secrets with a check-out

    QJsonObject configuration; // section name -> {field: value}
    QString version = QStringLiteral("11.4.000002");
    qint64 clockOffsetSeconds = 0;
    int tokenLifetimeSeconds = 0; // 0 = configuration
    int nextItemId = 1;

    template<typename Map> static int nextId(const Map &map)
    {
        return map.empty() ? 1 : map.rbegin()->first + 1;
    }

    QSet<int> groupIdsOf(int userId) const;
    // The folder whose own entries apply to folderId (walks up while inheriting).
    int permissionSourceFolder(int folderId) const;
    void indexFolder(const Folder &folder);
    void unindexFolder(const Folder &folder);
    void indexSecret(const Secret &secret);
    void unindexSecret(const Secret &secret);
    void clear();
};

QJsonObject defaultConfiguration();
QList<SecretTemplate> builtInTemplates();
QString randomPassword();

} // namespace sandbox
