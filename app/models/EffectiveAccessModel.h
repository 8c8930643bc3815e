#pragma once

#include "models/EffectiveAccess.h"
#include "models/RemoteListModel.h"

// Answers "what can user U do with secret S, and why": gathers U's groups, the secret's
// permissions or its folder chain and the folder permissions from the server, computes
// EffectiveAccess, and lists every grant as a row (strongest first).
class EffectiveAccessModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column { RoleColumn, ThroughColumn, SetOnColumn, PathColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        GrantRoleRole = ModelRow::FirstModelRole,
        SourceRole,       // AccessGrant::Source as int
        GroupIdRole,      // -1 when direct
        FolderIdRole,     // -1 when set on the secret
        ExplanationRole,
    };
    Q_ENUM(Role)

    // A chain deeper than this is treated as a server fault rather than walked further.
    static constexpr int MaxFolderDepth = 64;

    explicit EffectiveAccessModel(QObject *parent = nullptr);

    // secretFolderId and secretInheritsPermissions come from the secret's summary (no
    // secret read, so no view audit and no check-out).
    void resolve(int userId, int secretId, int secretFolderId, bool secretInheritsPermissions);

    // Valid once status() is Idle after a resolve().
    const EffectiveAccess &access() const { return m_access; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_grants.size()); }

signals:
    void resolved(const EffectiveAccess &access);

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override;
    bool isPaged() const override { return false; }

private:
    void readSecretPermissions(quint64 generation);
    void readFolder(quint64 generation, int folderId);
    void readFolderPermissions(quint64 generation, int folderId);
    void finish(quint64 generation, const secretserver::CallResult &lastCall);
    bool stillWanted(quint64 generation, const secretserver::CallResult &result);
    QVariant displayText(const AccessGrant &grant, int column) const;

    int m_secretFolderId = -1;
    AccessFacts m_facts;
    EffectiveAccess m_access;
    QList<AccessGrant> m_grants;
};
