#pragma once

#include "changes/ServerChange.h"
#include "secretserver/SecretPermission.h"

#include <QList>
#include <QPair>

// Creates a secret from a template (stub, then create) unless the folder already holds one
// of that name. Field values are held only until apply() and never shown: "password: set".
class CreateSecretChange : public ServerChange
{
public:
    struct FieldValue
    {
        QString slug;
        QString displayName;
        QString value;
    };

    CreateSecretChange(int templateId, const QString &templateName, int folderId,
                       const QString &folderPath, const QString &name,
                       QList<FieldValue> fields);
    ~CreateSecretChange() override;

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override { return m_existingId > 0; }
    QStringList preview() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

    int secretId() const { return m_existingId; }

private:
    int m_templateId;
    QString m_templateName;
    int m_folderId;
    QString m_folderPath;
    QString m_name;
    QList<FieldValue> m_fields;
    int m_existingId = 0;
};

// Gives a user or group a role on one secret, changes it, or removes it.
class SecretAccessChange : public ServerChange
{
public:
    enum class Action { Set, Remove };

    SecretAccessChange(const SecretRef &secret, const Principal &principal, Action action,
                           const QString &role = QStringLiteral("View"));

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    SecretRef m_secret;
    Principal m_principal;
    Action m_action;
    QString m_role;
    bool m_inherits = false;
    std::optional<secretserver::SecretPermission> m_current;
};

// Turns a secret's "inherit permissions from folder" on or off.
class SecretInheritanceChange : public ServerChange
{
public:
    SecretInheritanceChange(const SecretRef &secret, bool inherit);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override { return m_current == m_inherit; }
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    SecretRef m_secret;
    bool m_inherit;
    std::optional<bool> m_current;
};
