#pragma once

#include "profiles/CredentialJob.h"

#include <QObject>

// The only place a vault's password or refresh token is kept: the OS keychain, through
// QtKeychain, under the service ApplicationInfo::keychainService() and the key
// "<profile-id>/<kind>". Never falls back to a plaintext file; when no keychain is usable it
// says so (availability()) and the console asks for the password each time.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit CredentialStore(QObject *parent = nullptr);

    // Each call returns a job owned by the store that reports once through
    // CredentialJob::finished() on a later event-loop turn and then deletes itself.
    CredentialJob *read(const QUuid &profileId, CredentialKind kind);
    CredentialJob *write(const QUuid &profileId, CredentialKind kind, const QString &secret);
    CredentialJob *remove(const QUuid &profileId, CredentialKind kind);
    // Removes every kind for a profile that is being deleted; failures are logged.
    void removeAll(const QUuid &profileId);

    // Asks the keychain something harmless to learn whether it is usable before a password
    // has to be stored. The answer arrives through availabilityChanged().
    void checkAvailability();

    // Learnt from the last keychain answer; Unknown before the first one.
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

    QString service() const { return m_service; }

signals:
    void availabilityChanged(CredentialStore::Availability availability, const QString &reason);

private:
    CredentialJob *startJob(CredentialJob::Operation operation, const QUuid &profileId,
                            CredentialKind kind, const QString &secret = {});
    void learnFrom(const CredentialResult &result);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};
