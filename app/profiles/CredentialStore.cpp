#include "profiles/CredentialStore.h"

#include "core/ApplicationInfo.h"

namespace {

// A fixed id that no profile has, so the probe can never touch a real credential.
const QUuid ProbeProfile(QStringLiteral("{00000000-0000-0000-0000-00000000c0de}"));

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
    , m_service(ApplicationInfo::keychainService())
{
}

CredentialJob *CredentialStore::read(const QUuid &profileId, CredentialKind kind)
{
    return startJob(CredentialJob::Operation::Read, profileId, kind);
}

CredentialJob *CredentialStore::write(const QUuid &profileId, CredentialKind kind,
                                      const QString &secret)
{
    return startJob(CredentialJob::Operation::Write, profileId, kind, secret);
}

CredentialJob *CredentialStore::remove(const QUuid &profileId, CredentialKind kind)
{
    return startJob(CredentialJob::Operation::Remove, profileId, kind);
}

void CredentialStore::removeAll(const QUuid &profileId)
{
    remove(profileId, CredentialKind::Password);
    remove(profileId, CredentialKind::RefreshToken);
}

void CredentialStore::checkAvailability()
{
    CredentialJob *probe = read(ProbeProfile, CredentialKind::Password);

    // A keychain that cannot even say "not found" is unusable, whatever the error was (no
    // D-Bus session, for one, comes back as an unspecific error).
    connect(probe, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (result.status != CredentialResult::Status::Failed)
            return;
        CredentialResult unusable = result;
        unusable.status = CredentialResult::Status::Unavailable;
        unusable.message = tr("The system keychain is not usable (%1). The password will be "
                              "asked for each time.")
                               .arg(result.keychainError);
        learnFrom(unusable);
    });
}

CredentialJob *CredentialStore::startJob(CredentialJob::Operation operation,
                                         const QUuid &profileId, CredentialKind kind,
                                         const QString &secret)
{
    auto *job = new CredentialJob(operation, profileId, kind, this);
    connect(job, &CredentialJob::finished, this, &CredentialStore::learnFrom);
    job->start(m_service, secret);
    return job;
}

void CredentialStore::learnFrom(const CredentialResult &result)
{
    Availability now = Availability::Available;
    QString reason;
    if (result.status == CredentialResult::Status::Unavailable) {
        now = Availability::Unavailable;
        reason = result.message;
    }
    // A failed operation says nothing about whether the keychain exists.
    if (result.status == CredentialResult::Status::Failed)
        return;

    if (now == m_availability && reason == m_unavailableReason)
        return;
    m_availability = now;
    m_unavailableReason = reason;
    emit availabilityChanged(now, reason);
}
