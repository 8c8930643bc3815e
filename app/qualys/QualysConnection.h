#pragma once

#include "profiles/ConnectionProfile.h"
#include "qualys/QualysPlatform.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

namespace qualys {

// A saved Qualys API connection: which platform (or typed URL), who logs in and how the API
// server's certificate is trusted. No password: that lives only in the keychain, under id.
struct QualysConnection
{
    Q_DECLARE_TR_FUNCTIONS(QualysConnection)

public:
    QUuid id;
    QString name;
    QString platformKey = QStringLiteral("US1"); // a knownPlatforms() key or CustomPlatformKey
    QString customUrl; // used when platformKey is CustomPlatformKey
    QString userName;
    CertificateTrust trust;

    // A connection with a fresh random id.
    static QualysConnection create();

    // scheme://host[:port] of the API server; invalid when the custom URL is unusable.
    QUrl apiUrl() const;
    QString apiHost() const;
    int apiPort() const;

    // Pins this certificate to the current API host:port.
    void pinCertificate(const QByteArray &sha256);

    // What keeps the connection from being saved; empty when it may be saved. Translated.
    QStringList validate() const;

    bool operator==(const QualysConnection &) const = default;

    // https://host[:port] from what a person types; invalid with a reason otherwise.
    static QUrl normaliseUrl(const QString &text, QString *problem = nullptr);
};

} // namespace qualys
