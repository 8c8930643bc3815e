#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

namespace QKeychain {
class Job;
}

// What a credential is for; each kind has its own keychain entry per profile.
enum class CredentialKind { Password, RefreshToken };

// The outcome of one keychain operation. secret is filled only by a successful read and is
// never logged; message is translated and says why when status is not Ok.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored under this profile and kind
        Unavailable, // no usable keychain: ask for the password each time and show message
        Failed       // the keychain answered with an error; message says which
    };

    Status status = Status::Failed;
    QUuid profileId;
    CredentialKind kind = CredentialKind::Password;
    QString secret;
    QString message;
    QString keychainError; // the keychain library's own words, for details and logs

    bool ok() const { return status == Status::Ok; }
};

// One asynchronous read, write or removal in the OS keychain, created by CredentialStore.
// It starts on the next event-loop turn (connect to finished() first) and deletes itself
// after emitting finished().
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    CredentialJob(Operation operation, const QUuid &profileId, CredentialKind kind,
                  QObject *parent);

    Operation operation() const { return m_operation; }
    QUuid profileId() const { return m_profileId; }
    CredentialKind kind() const { return m_kind; }

    // The keychain key: "<profile-id>/password" or "<profile-id>/refresh-token".
    static QString keyFor(const QUuid &profileId, CredentialKind kind);

signals:
    void finished(const CredentialResult &result);

private:
    friend class CredentialStore;

    void start(const QString &service, const QString &secret);
    void complete(QKeychain::Job *job);
    CredentialResult resultOf(QKeychain::Job *job) const;

    Operation m_operation;
    QUuid m_profileId;
    CredentialKind m_kind;
};
