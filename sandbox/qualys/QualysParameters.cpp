#include "qualys/QualysParameters.h"

#include <QUrl>

namespace sandbox {

namespace {

// Form encoding: '+' is a space, and every value must decode to valid UTF-8.
std::optional<QString> decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    const QByteArray raw = QByteArray::fromPercentEncoding(part);
    const QString text = QString::fromUtf8(raw);
    if (text.toUtf8() != raw)
        return std::nullopt;
    return text;
}

bool isFormBody(const HttpRequest &request)
{
    const QByteArray type = request.header(QByteArrayLiteral("Content-Type")).toLower();
    return type.isEmpty() || type.startsWith("application/x-www-form-urlencoded");
}

} // namespace

std::optional<QualysParameters> QualysParameters::fromRequest(const HttpRequest &request)
{
    QualysParameters parameters;

    // Re-encode what the transport decoded so '+' and '%2B' keep their form meanings.
    const QByteArray query = request.query.query(QUrl::FullyEncoded).toUtf8();
    if (!parameters.merge(query))
        return std::nullopt;

    if (request.method == "POST" && isFormBody(request) && !parameters.merge(request.body))
        return std::nullopt;
    return parameters;
}

bool QualysParameters::merge(const QByteArray &encoded)
{
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const std::optional<QString> name = decodeFormPart(pair.left(equals));
        const std::optional<QString> value
                = equals < 0 ? QString() : decodeFormPart(pair.mid(equals + 1));
        if (!name || !value)
            return false;
        if (!name->isEmpty())
            m_values.insert(*name, *value);
    }
    return true;
}

QStringList QualysParameters::unknown(const QStringList &allowed) const
{
    QStringList names;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!allowed.contains(it.key()))
            names.append(it.key());
    }
    return names;
}

QStringList QualysParameters::missing(const QStringList &required) const
{
    QStringList names;
    for (const QString &name : required) {
        if (m_values.value(name).isEmpty())
            names.append(name);
    }
    return names;
}

QStringList QualysParameters::presentOf(const QStringList &group) const
{
    QStringList names;
    for (const QString &name : group) {
        if (m_values.contains(name))
            names.append(name);
    }
    return names;
}

QString QualysParameters::firstWithControlCharacter() const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        for (const QChar c : it.value()) {
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                return it.key();
            if (c.unicode() == 0x7f || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                return it.key();
        }
    }
    return {};
}

} // namespace sandbox
