#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

// One problem that keeps a profile from being saved, with the field it concerns so the
// editor can point at it. The message is translated and safe to show.
struct ProfileIssue
{
    enum class Field {
        Identity,
        Name,
        ServerUrl,
        UserName,
        CertificateTrust,
        InsecureHttp,
        Storage
    };

    Field field = Field::Identity;
    QString message;
};

// How the console decides to trust the Secret Server's TLS certificate: the system CAs, or
// exactly one certificate, by SHA-256 fingerprint, for exactly one host:port.
struct CertificateTrust
{
    enum class Mode { SystemCertificates, PinnedCertificate };

    Mode mode = Mode::SystemCertificates;
    QByteArray pinnedSha256; // lower-case hex, 64 characters, no colons
    QString pinnedHost;      // lower case, as in the normalised server URL
    int pinnedPort = -1;     // the effective port (443 when the URL names none)

    bool operator==(const CertificateTrust &) const = default;
};

// A saved Secret Server connection ("vault"): where it is, who logs in and how the server is
// trusted. Holds no password or token; those live only in the keychain (CredentialStore).
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    // A profile with a fresh random id and nothing else set.
    static ConnectionProfile create();

    // scheme://host[:port]/SecretServer from what a person types ("vault.corp",
    // "https://vault.corp:8443/SecretServer/", ...). An invalid QUrl and a translated reason
    // when the text cannot name a Secret Server.
    static QUrl normaliseServerUrl(const QString &text, QString *problem = nullptr);

    // Lower-case hex without separators from "AB:CD:..", "ab cd .." or "abcd..";
    // empty unless it is exactly 32 bytes.
    static QByteArray normaliseFingerprint(const QString &text);

    QUuid id() const { return m_id; }
    void setId(const QUuid &id) { m_id = id; }

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name.trimmed(); }

    // What was typed, and its normalised form (invalid when it does not normalise).
    QString serverAddress() const { return m_serverAddress; }
    void setServerAddress(const QString &text);
    QUrl serverUrl() const;
    // host and effective port of the server URL, the key a certificate pin is bound to.
    QString serverHost() const;
    int serverPort() const;

    QString userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName.trimmed(); }

    QString domain() const { return m_domain; }
    void setDomain(const QString &domain) { m_domain = domain.trimmed(); }

    CertificateTrust certificateTrust() const { return m_trust; }
    void setCertificateTrust(const CertificateTrust &trust) { m_trust = trust; }
    // Pins the certificate with this fingerprint to the current server host:port.
    void pinCertificate(const QByteArray &sha256);
    void trustSystemCertificates() { m_trust = {}; }

    // http:// is refused unless the person confirmed it for this profile.
    bool isInsecureHttpConfirmed() const { return m_insecureHttpConfirmed; }
    void setInsecureHttpConfirmed(bool confirmed) { m_insecureHttpConfirmed = confirmed; }
    bool usesHttp() const;

    // The Qualys connection this vault is paired with; null until that exists.
    QUuid qualysConnectionId() const { return m_qualysConnectionId; }
    void setQualysConnectionId(const QUuid &id) { m_qualysConnectionId = id; }

    // Everything that keeps the profile from being saved; empty when it may be saved.
    QList<ProfileIssue> validate() const;

    bool operator==(const ConnectionProfile &) const = default;

private:
    QList<ProfileIssue> validatePin() const;

    QUuid m_id;
    QString m_name;
    QString m_serverAddress;
    QString m_userName;
    QString m_domain;
    CertificateTrust m_trust;
    bool m_insecureHttpConfirmed = false;
    QUuid m_qualysConnectionId;
};
