#include "profiles/CredentialJob.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "scanvault.keychain")

QString kindName(CredentialKind kind)
{
    return kind == CredentialKind::Password ? QStringLiteral("password")
                                            : QStringLiteral("refresh-token");
}

bool meansNoKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return true;
    default:
        return false;
    }
}

} // namespace

CredentialJob::CredentialJob(Operation operation, const QUuid &profileId, CredentialKind kind,
                             QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileId(profileId)
    , m_kind(kind)
{
}

QString CredentialJob::keyFor(const QUuid &profileId, CredentialKind kind)
{
    return profileId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + kindName(kind);
}

void CredentialJob::start(const QString &service, const QString &secret)
{
    // Deferred so the caller can connect to finished() even when the keychain library
    // answers synchronously (it does when no backend exists).
    QMetaObject::invokeMethod(
        this,
        [this, service, secret] {
            QKeychain::Job *job = nullptr;
            switch (m_operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service, this);
                break;
            case Operation::Write: {
                auto *write = new QKeychain::WritePasswordJob(service, this);
                write->setTextData(secret);
                job = write;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service, this);
                break;
            }
            job->setAutoDelete(false);
            job->setInsecureFallback(false); // a plaintext file is never an acceptable store
            job->setKey(keyFor(m_profileId, m_kind));
            connect(job, &QKeychain::Job::finished, this, &CredentialJob::complete);
            job->start();
        },
        Qt::QueuedConnection);
}

void CredentialJob::complete(QKeychain::Job *job)
{
    const CredentialResult result = resultOf(job);
    job->deleteLater();

    // Only the key and the keychain's own error text; never the secret.
    if (result.status == CredentialResult::Status::Ok
        || result.status == CredentialResult::Status::NotFound) {
        qCDebug(lcKeychain) << "keychain" << int(m_operation) << keyFor(m_profileId, m_kind)
                            << (result.ok() ? "ok" : "not found");
    } else {
        qCWarning(lcKeychain) << "keychain" << int(m_operation) << keyFor(m_profileId, m_kind)
                              << "failed:" << job->error() << job->errorString();
    }

    emit finished(result);
    deleteLater();
}

CredentialResult CredentialJob::resultOf(QKeychain::Job *job) const
{
    CredentialResult result;
    result.profileId = m_profileId;
    result.kind = m_kind;

    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError)
        result.keychainError = job->errorString();
    if (error == QKeychain::NoError) {
        result.status = CredentialResult::Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.secret = read->textData();
    } else if (error == QKeychain::EntryNotFound) {
        // Removing what is not there leaves the keychain as asked.
        result.status = m_operation == Operation::Remove ? CredentialResult::Status::Ok
                                                         : CredentialResult::Status::NotFound;
        if (!result.ok())
            result.message = tr("No saved credential for this vault.");
    } else if (meansNoKeychain(error)) {
        result.status = CredentialResult::Status::Unavailable;
        result.message = tr("The system keychain is not available (%1). The password will "
                            "be asked for each time.")
                             .arg(job->errorString());
    } else {
        result.status = CredentialResult::Status::Failed;
        result.message = tr("The system keychain reported an error: %1").arg(job->errorString());
    }
    return result;
}
