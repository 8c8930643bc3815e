#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace secretserver {

// One element of a parsed SOAP reply: local name, text and children (namespaces dropped,
// as the reply uses one namespace). Small by construction: replies are size-capped and
// SoapMessage::parse caps depth and element count.
struct XmlElement
{
    QString name;
    QString text;
    QList<XmlElement> children;
    bool nil = false; // xsi:nil="true"

    const XmlElement *child(const QString &localName) const;
    QString childText(const QString &localName) const;
    int childInt(const QString &localName, int fallback = 0) const;
    bool childBool(const QString &localName, bool fallback = false) const;
    QList<const XmlElement *> childrenNamed(const QString &localName) const;
};

// A request parameter: a text value or nested parameters (codeResponses/CodeResponse...).
struct SoapParameter
{
    QString name;
    QString value;
    QList<SoapParameter> children;
};

// Writes SOAP 1.1 request envelopes for SSWebService.asmx and reads its replies with
// QXmlStreamReader (reference §12). Internal to app/secretserver.
namespace SoapMessage {

inline constexpr char Namespace[] = "urn:thesecretserver.com";

QByteArray request(const QString &method, const QList<SoapParameter> &parameters);

// Parses a whole document; false (with a reason) for malformed XML, a DOCTYPE, or a
// document deeper or larger than a SOAP reply ever is.
bool parse(const QByteArray &document, XmlElement *root, QString *error);

// The Body element of an Envelope, or null.
const XmlElement *body(const XmlElement &envelope);

} // namespace SoapMessage

} // namespace secretserver
