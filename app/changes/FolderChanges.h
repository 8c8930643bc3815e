#pragma once

#include "changes/ServerChange.h"
#include "secretserver/Folder.h"

// Creates a folder under a parent unless one of that name is already there.
class CreateFolderChange : public ServerChange
{
public:
    // parentId -1 = top level; parentPath is for the preview ("\Scan Credentials").
    CreateFolderChange(const QString &name, int parentId, const QString &parentPath);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override { return m_existingId > 0; }
    QStringList preview() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

    int folderId() const { return m_existingId; } // after a read that found it

private:
    QString m_name;
    int m_parentId;
    QString m_parentPath;
    int m_existingId = 0;
};

// Gives a user or group a role on a folder, changes it, or removes it.
class FolderAccessChange : public ServerChange
{
public:
    enum class Action { Set, Remove };

    // Set: folderRole / secretRole wanted (secret role View is what scanning needs).
    FolderAccessChange(int folderId, const QString &folderName, const Principal &principal,
                           Action action, const QString &folderRole = QStringLiteral("View"),
                           const QString &secretRole = QStringLiteral("View"));

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    void write(secretserver::RestClient *client, QObject *context, const Done &done);

    int m_folderId;
    QString m_folderName;
    Principal m_principal;
    Action m_action;
    QString m_folderRole;
    QString m_secretRole;
    bool m_folderInherits = false;
    std::optional<secretserver::FolderPermission> m_current;
};

// Turns a folder's permission inheritance off (its inherited entries become its own) or on.
class FolderInheritanceChange : public ServerChange
{
public:
    FolderInheritanceChange(int folderId, const QString &folderName, bool inherit);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    int m_folderId;
    QString m_folderName;
    bool m_inherit;
    std::optional<secretserver::Folder> m_current;
};
