#include "http/TlsIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace sandbox {

namespace {

constexpr int OpensslTimeoutMs = 60 * 1000;

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

} // namespace

std::optional<TlsIdentity> TlsIdentity::load(const QString &certificatePath, const QString &keyPath,
                                             QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificatePath, &certificatePem, error) || !readFile(keyPath, &keyPem, error))
        return std::nullopt;

    TlsIdentity identity;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    identity.m_key = readKey(keyPem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return std::nullopt;
    }
    if (identity.m_key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyPath);
        return std::nullopt;
    }
    identity.m_certificate = chain.first();
    identity.m_certificatePath = QFileInfo(certificatePath).absoluteFilePath();
    return identity;
}

std::optional<TlsIdentity> TlsIdentity::generate(const QString &directory, QString *error)
{
    const QString certificatePath = QDir(directory).filePath(QStringLiteral("cert.pem"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("key.pem"));
    const QStringList arguments {
        QStringLiteral("req"),      QStringLiteral("-x509"),
        QStringLiteral("-newkey"),  QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),   QStringLiteral("-sha256"),
        QStringLiteral("-days"),    QString::number(ValidityDays),
        QStringLiteral("-subj"),    QStringLiteral("/CN=127.0.0.1"),
        QStringLiteral("-addext"),  QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
        QStringLiteral("-keyout"),  keyPath,
        QStringLiteral("-out"),     certificatePath
    };

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(OpensslTimeoutMs)) {
        *error = QStringLiteral("cannot run openssl to make a certificate (%1); pass --cert "
                                "and --key instead")
                         .arg(openssl.errorString());
        return std::nullopt;
    }
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(OpensslTimeoutMs) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: %1")
                         .arg(QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return std::nullopt;
    }
    return load(certificatePath, keyPath, error);
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QByteArray TlsIdentity::sha256Hex() const
{
    return m_certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsIdentity::sha256Display() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':'))
            .toUpper();
}

} // namespace sandbox
