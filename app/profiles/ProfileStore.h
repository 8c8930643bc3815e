#pragma once

#include "profiles/ConnectionProfile.h"

#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

// The saved vault profiles: their non-secret fields in QSettings, one group per profile id.
// Passwords and tokens never pass through here; CredentialStore keeps them in the keychain.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's own settings (organisation and application name of QCoreApplication).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own, e.g. a portable installation or a test.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Every saved profile, ordered by name. Profiles edited by hand into an invalid state are
    // still listed so they can be repaired.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    bool contains(const QUuid &id) const;

    // Empty on success; otherwise what is wrong (validation, unknown or duplicate id, storage).
    QList<ProfileIssue> add(const ConnectionProfile &profile);
    QList<ProfileIssue> update(const ConnectionProfile &profile);
    bool remove(const QUuid &id);

    QString fileName() const;

signals:
    void profileAdded(const QUuid &id);
    void profileUpdated(const QUuid &id);
    // The lead wires this to CredentialStore::removeAll so the keychain entries go too.
    void profileRemoved(const QUuid &id);

private:
    QList<ProfileIssue> save(const ConnectionProfile &profile);
    static QString groupFor(const QUuid &id);

    std::unique_ptr<QSettings> m_settings;
};
