#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/Folder.h"
#include "secretserver/SecretPermission.h"

// One permission entry as the model shows it, whether it came from a secret or a folder.
struct PermissionEntry
{
    int permissionId = 0;
    bool isGroup = false;
    int principalId = 0; // the user's or the group's id
    QString name;        // user or group name
    QString knownAs;
    QString folderRole;  // folders only: View, Edit, Add Secret, Owner
    QString secretRole;  // List, View, Edit, Owner (None on a folder entry that grants none)

    static PermissionEntry from(const secretserver::SecretPermission &permission);
    static PermissionEntry from(const secretserver::FolderPermission &permission);
};

// The permissions of one secret or one folder, with whether the object inherits them from
// its parent folder (then the entries are the inherited ones, and editing them means
// breaking inheritance first).
class PermissionsModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum class Subject { None, Secret, Folder };
    Q_ENUM(Subject)

    enum Column { NameColumn, KindColumn, FolderRoleColumn, SecretRoleColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        PermissionIdRole = ModelRow::FirstModelRole,
        IsGroupRole,
        PrincipalIdRole,
        NameRole,
        FolderRoleRole,
        SecretRoleRole,
        InheritedRole,
    };
    Q_ENUM(Role)

    explicit PermissionsModel(QObject *parent = nullptr);

    // The secret's inheritance comes from its summary (SecretListModel::
    // InheritsPermissionsRole): reading the secret itself would audit a view and may check
    // it out.
    void showSecret(int secretId, bool inheritsPermissions);
    // The folder's inheritance is read from the server with its permissions.
    void showFolder(int folderId);

    Subject subject() const { return m_subject; }
    int subjectId() const { return m_subjectId; }
    bool inheritsPermissions() const { return m_inherits; }
    const PermissionEntry *entryAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_records.size()); }

signals:
    void inheritanceChanged(bool inheritsPermissions);

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }
    bool isPaged() const override { return false; }

private:
    void show(Subject subject, int id);
    void setInherits(bool inherits);
    secretserver::PendingCall *requestSecretPermissions(quint64 generation);
    secretserver::PendingCall *requestFolderPermissions(quint64 generation);
    QVariant displayText(const PermissionEntry &entry, int column) const;

    Subject m_subject = Subject::None;
    int m_subjectId = 0;
    bool m_inherits = false;
    QList<PermissionEntry> m_records;
};
