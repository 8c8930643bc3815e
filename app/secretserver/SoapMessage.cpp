#include "secretserver/SoapMessage.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace secretserver {

namespace {

constexpr int MaxDepth = 32;
constexpr int MaxElements = 200000;
const QString EnvelopeNamespace = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString SchemaInstanceNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

void writeParameter(QXmlStreamWriter &writer, const SoapParameter &parameter)
{
    if (parameter.children.isEmpty()) {
        writer.writeTextElement(parameter.name, parameter.value);
        return;
    }
    writer.writeStartElement(parameter.name);
    for (const SoapParameter &child : parameter.children)
        writeParameter(writer, child);
    writer.writeEndElement();
}

} // namespace

const XmlElement *XmlElement::child(const QString &localName) const
{
    for (const XmlElement &candidate : children) {
        if (candidate.name.compare(localName, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QString XmlElement::childText(const QString &localName) const
{
    const XmlElement *found = child(localName);
    return found ? found->text.trimmed() : QString();
}

int XmlElement::childInt(const QString &localName, int fallback) const
{
    bool ok = false;
    const int value = childText(localName).toInt(&ok);
    return ok ? value : fallback;
}

bool XmlElement::childBool(const QString &localName, bool fallback) const
{
    const QString value = childText(localName);
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("1"))
        return true;
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("0"))
        return false;
    return fallback;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &localName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &candidate : children) {
        if (candidate.name.compare(localName, Qt::CaseInsensitive) == 0)
            found.append(&candidate);
    }
    return found;
}

namespace SoapMessage {

QByteArray request(const QString &method, const QList<SoapParameter> &parameters)
{
    QByteArray document;
    QXmlStreamWriter writer(&document);
    writer.writeStartDocument();
    writer.writeNamespace(EnvelopeNamespace, QStringLiteral("soap"));
    writer.writeStartElement(EnvelopeNamespace, QStringLiteral("Envelope"));
    writer.writeStartElement(EnvelopeNamespace, QStringLiteral("Body"));
    writer.writeStartElement(method);
    writer.writeDefaultNamespace(QLatin1String(Namespace));
    for (const SoapParameter &parameter : parameters)
        writeParameter(writer, parameter);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return document;
}

bool parse(const QByteArray &document, XmlElement *root, QString *error)
{
    QXmlStreamReader reader(document);
    QList<XmlElement> stack;
    int elements = 0;
    bool haveRoot = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            *error = QStringLiteral("document type declarations are not accepted");
            return false;
        case QXmlStreamReader::StartElement: {
            if (haveRoot || stack.size() >= MaxDepth || ++elements > MaxElements) {
                *error = QStringLiteral("document too deep or too large");
                return false;
            }
            XmlElement element;
            element.name = reader.name().toString();
            element.nil = reader.attributes().value(SchemaInstanceNamespace, QStringLiteral("nil"))
                    == QLatin1String("true");
            stack.append(element);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = stack.takeLast();
            if (stack.isEmpty()) {
                *root = done;
                haveRoot = true;
            } else {
                stack.last().children.append(done);
            }
            break;
        }
        default:
            break;
        }
    }

    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (!haveRoot) {
        *error = QStringLiteral("empty document");
        return false;
    }
    return true;
}

const XmlElement *body(const XmlElement &envelope)
{
    if (envelope.name != QLatin1String("Envelope"))
        return nullptr;
    return envelope.child(QStringLiteral("Body"));
}

} // namespace SoapMessage

} // namespace secretserver
