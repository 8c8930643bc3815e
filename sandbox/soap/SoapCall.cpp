#include "soap/SoapCall.h"

#include "soap/SoapNames.h"

namespace sandbox {

namespace {
// xsd:int and xsd:boolean lexical forms; XmlConvert trims surrounding whitespace.
std::optional<int> parseInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("true") || trimmed == QLatin1String("1"))
        return true;
    if (trimmed == QLatin1String("false") || trimmed == QLatin1String("0"))
        return false;
    return std::nullopt;
}
} // namespace

SoapCall::SoapCall(Estate &estate, const HttpRequest &request, const SoapOperation &operation,
                   SoapElement arguments)
    : m_estate(estate)
    , m_request(request)
    , m_operation(operation)
    , m_arguments(std::move(arguments))
{
}

std::optional<SoapFault> SoapCall::checkArgumentTypes() const
{
    for (const SoapParameter &parameter : m_operation.parameters) {
        const SoapElement *value = argument(parameter.name);
        if (!value)
            continue;

        const bool isInt = parameter.type == QLatin1String("s:int");
        const bool isBool = parameter.type == QLatin1String("s:boolean");
        if ((isInt && !parseInt(value->text)) || (isBool && !parseBool(value->text))) {
            const QString reason = isInt
                    ? QStringLiteral("Input string was not in a correct format.")
                    : QStringLiteral("The string '%1' is not a valid Boolean value.")
                              .arg(value->text.left(64));
            return SoapFault::unreadable(value->line, value->column, reason);
        }
    }
    return std::nullopt;
}

const SoapElement *SoapCall::argument(const QString &name) const
{
    // elementFormDefault="qualified": an argument outside the service namespace is not one.
    return m_arguments.child(name, soap::serviceNamespace());
}

QString SoapCall::string(const QString &name) const
{
    const SoapElement *value = argument(name);
    return value ? value->text : QString();
}

int SoapCall::integer(const QString &name) const
{
    const SoapElement *value = argument(name);
    return value ? parseInt(value->text).value_or(0) : 0;
}

bool SoapCall::boolean(const QString &name) const
{
    const SoapElement *value = argument(name);
    return value ? parseBool(value->text).value_or(false) : false;
}

} // namespace sandbox
