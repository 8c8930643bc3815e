#include "session/VaultSession.h"

#include "core/ConsoleSettings.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "scanvault.session")

using namespace secretserver;

VaultSession::VaultSession(const ConnectionProfile &profile, CredentialStore *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_maxParallelRequests(ConsoleSettings().maxParallelRequests())
{
    rebuildClient();
}

VaultSession::~VaultSession() = default;

ConnectionSettings VaultSession::settingsFor(const ConnectionProfile &profile) const
{
    ConnectionSettings settings;
    settings.serverUrl = profile.serverUrl();
    settings.allowInsecureHttp = profile.isInsecureHttpConfirmed();
    settings.maxParallelRequests = m_maxParallelRequests;
    const CertificateTrust trust = profile.certificateTrust();
    if (trust.mode == CertificateTrust::Mode::PinnedCertificate)
        settings.trust.pin(trust.pinnedHost, trust.pinnedPort, trust.pinnedSha256);
    return settings;
}

void VaultSession::rebuildClient()
{
    delete m_client;
    m_client = new RestClient(settingsFor(m_profile), this);

    // A re-login after the token expired reads the password from the keychain again, so
    // the session never keeps it in memory longer than one sign-in.
    m_client->setPasswordSource([this](std::function<void(const QString &)> deliver) {
        if (!m_credentials) {
            deliver({});
            return;
        }
        CredentialJob *job = m_credentials->read(m_profile.id(), CredentialKind::Password);
        connect(job, &CredentialJob::finished, this,
                [deliver](const CredentialResult &result) { deliver(result.secret); });
    });
    connect(m_client, &RestClient::sessionLost, this, [this](const QString &message) {
        setState(State::Failed, message);
    });
}

void VaultSession::setMaxParallelRequests(int count)
{
    m_maxParallelRequests = qMax(1, count);
    m_client->setMaxParallelRequests(m_maxParallelRequests);
}

void VaultSession::setState(State state, const QString &message)
{
    m_message = message;
    if (m_state == state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state);
}

void VaultSession::signInWithStoredPassword()
{
    if (!m_credentials
        || m_credentials->availability() == CredentialStore::Availability::Unavailable) {
        const QString reason = m_credentials ? m_credentials->unavailableReason() : QString();
        setState(State::NeedsPassword,
                 tr("No keychain is available (%1), so the password cannot be kept. "
                    "Enter it to sign in.")
                         .arg(reason));
        return;
    }

    setState(State::SigningIn);
    CredentialJob *job = m_credentials->read(m_profile.id(), CredentialKind::Password);
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        switch (result.status) {
        case CredentialResult::Status::Ok:
            startSignIn(result.secret);
            return;
        case CredentialResult::Status::NotFound:
            setState(State::NeedsPassword, tr("No password is kept for this vault yet."));
            return;
        default:
            setState(State::NeedsPassword,
                     tr("The keychain could not give the password (%1). Enter it to sign in.")
                             .arg(result.message));
        }
    });
}

void VaultSession::signIn(const QString &password, bool rememberPassword)
{
    m_rememberPending = rememberPassword;
    startSignIn(password);
}

void VaultSession::startSignIn(const QString &password)
{
    setState(State::SigningIn);
    m_pendingPassword = password;

    Credentials credentials;
    credentials.userName = m_profile.userName();
    credentials.domain = m_profile.domain();
    credentials.password = password;
    qCInfo(lcSession) << "signing in to" << m_profile.serverUrl().host();
    m_client->signIn(credentials, this, [this](const Result<SessionInfo> &result) {
        onSignedIn(result);
    });
}

void VaultSession::onSignedIn(const Result<SessionInfo> &result)
{
    if (result.status == CallStatus::TlsUntrusted
        || result.status == CallStatus::TlsCertificateChanged) {
        setState(State::Failed, result.message);
        if (result.certificate)
            emit certificateRejected(*result.certificate,
                                     result.status == CallStatus::TlsCertificateChanged);
        return;
    }

    const QString password = std::exchange(m_pendingPassword, QString());
    if (!result.ok()) {
        m_rememberPending = false;
        setState(State::Failed, result.message);
        return;
    }

    if (std::exchange(m_rememberPending, false))
        rememberPassword(password);
    m_signedInUser = result.value.userName;
    setState(State::SignedIn);
    readServerFacts();
}

void VaultSession::rememberPassword(const QString &password)
{
    if (!m_credentials)
        return;
    CredentialJob *job = m_credentials->write(m_profile.id(), CredentialKind::Password, password);
    connect(job, &CredentialJob::finished, this, [](const CredentialResult &result) {
        if (!result.ok())
            qCWarning(lcSession) << "keeping the password in the keychain failed:"
                                 << result.message;
    });
}

void VaultSession::readServerFacts()
{
    m_client->version(this, [this](const Result<QString> &result) {
        m_serverVersion = result.ok() ? result.value : QString();
        emit stateChanged(m_state);
    });
    m_client->currentUser(this, [this](const Result<User> &result) {
        if (result.ok() && !result.value.displayName.isEmpty())
            m_signedInUser = result.value.displayName;
        emit stateChanged(m_state);
    });
}

void VaultSession::pinCertificateAndRetry(const CertificateInfo &certificate)
{
    m_profile.pinCertificate(certificate.sha256);
    emit profileChanged(m_profile);
    rebuildClient();
    startSignIn(std::exchange(m_pendingPassword, QString()));
}

void VaultSession::signOut()
{
    m_pendingPassword.clear();
    if (m_client->isSignedIn())
        m_client->signOut(this, [](const Result<bool> &) {});
    m_serverVersion.clear();
    m_signedInUser.clear();
    setState(State::SignedOut);
}

void VaultSession::lock()
{
    m_pendingPassword.clear();
    m_serverVersion.clear();
    m_signedInUser.clear();
    rebuildClient();
    setState(State::SignedOut);
}
