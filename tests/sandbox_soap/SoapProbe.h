#pragma once

#include "HttpProbe.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

using SoapArguments = QList<QPair<QString, QString>>;

// What a SOAP reply body holds, by path of local names below soap:Body, e.g.
// "GetSecretResponse/GetSecretResult/Secret/Name". Test-only and deliberately plain.
class SoapXml
{
public:
    explicit SoapXml(const QByteArray &body);

    bool isWellFormed() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool has(const QString &path) const { return m_values.contains(path); }
    QString value(const QString &path) const { return m_values.value(path).value(0); }
    QStringList values(const QString &path) const { return m_values.value(path); }
    bool isNil(const QString &path) const { return m_nil.contains(path); }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_nil;
    QString m_error;
};

// Sends hand-written SOAP 1.1 envelopes for SSWebService.asmx through HttpProbe, so sandbox
// tests never share code with the console's SOAP client.
class SoapProbe
{
public:
    explicit SoapProbe(HttpProbe &http) : m_http(http) { }

    static QString endpoint();
    // <soap:Envelope><soap:Body><method xmlns="urn:thesecretserver.com"><name>value</name>...
    // extraXml goes inside the method element after the arguments.
    static QByteArray envelope(const QString &method, const SoapArguments &arguments,
                               const QByteArray &extraXml = {});
    static QByteArray soapAction(const QString &method);

    ProbeReply call(const QString &method, const SoapArguments &arguments = {},
                    const QByteArray &extraXml = {});
    ProbeReply callFrom(const QHostAddress &source, const QString &method,
                        const SoapArguments &arguments = {});
    ProbeReply post(const QByteArray &body, const QByteArray &action,
                    const QByteArray &contentType = QByteArrayLiteral("text/xml; charset=utf-8"));

    // Authenticate; the token, or empty with the reply's Errors in *errors.
    QString authenticate(const QString &user, const QString &password,
                         QStringList *errors = nullptr);

private:
    HttpProbe &m_http;
};
