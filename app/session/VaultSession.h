#pragma once

#include "profiles/ConnectionProfile.h"
#include "secretserver/CertificateInfo.h"
#include "secretserver/RestClient.h"

#include <QObject>
#include <QPointer>

class CredentialStore;

// The console's connection to one vault profile: it takes the password from the keychain
// (or from the person), signs in, and hands the signed-in client to the screens.
// Owns its RestClient; the CredentialStore is borrowed and must outlive the session.
class VaultSession : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, NeedsPassword, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    VaultSession(const ConnectionProfile &profile, CredentialStore *credentials,
                 QObject *parent = nullptr);
    ~VaultSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    secretserver::RestClient *client() const { return m_client; }
    State state() const { return m_state; }

    // Why the last attempt failed, or why a password is needed; translated.
    QString message() const { return m_message; }
    QString serverVersion() const { return m_serverVersion; }
    QString signedInUser() const { return m_signedInUser; }

    // Signs in with the password kept in the keychain; without one (or without a usable
    // keychain) the state becomes NeedsPassword and message() says why.
    void signInWithStoredPassword();
    // Signs in with a typed password; keeps it in the keychain when asked and it worked.
    void signIn(const QString &password, bool rememberPassword);
    // Trusts exactly this certificate for the profile's host and port, then retries.
    void pinCertificateAndRetry(const secretserver::CertificateInfo &certificate);
    // Revokes the token on the server and forgets it.
    void signOut();
    // Drops the token and anything read from the server without asking the server.
    void lock();

    // How many requests to this vault may run at once (ConsoleSettings::maxParallelRequests,
    // read when the session is made); applies at once to the current client and later ones.
    int maxParallelRequests() const { return m_maxParallelRequests; }
    void setMaxParallelRequests(int count);

signals:
    void stateChanged(VaultSession::State state);
    // The server's certificate is not trusted (or changed); the UI may offer to pin it.
    void certificateRejected(const secretserver::CertificateInfo &certificate, bool changed);
    // The profile changed (a certificate was pinned) and should be saved.
    void profileChanged(const ConnectionProfile &profile);

private:
    void setState(State state, const QString &message = {});
    void startSignIn(const QString &password);
    void onSignedIn(const secretserver::Result<secretserver::SessionInfo> &result);
    void readServerFacts();
    void rememberPassword(const QString &password);
    secretserver::ConnectionSettings settingsFor(const ConnectionProfile &profile) const;
    void rebuildClient();

    ConnectionProfile m_profile;
    QPointer<CredentialStore> m_credentials;
    secretserver::RestClient *m_client = nullptr;
    State m_state = State::SignedOut;
    QString m_message;
    QString m_serverVersion;
    QString m_signedInUser;
    QString m_pendingPassword; // only between a TLS refusal and the retry after pinning
    bool m_rememberPending = false;
    int m_maxParallelRequests = 4;
};
