#include "qualys/QualysCall.h"

#include "qualys/QualysDocument.h"

namespace sandbox {

using qualys::ErrorCode;

namespace {

constexpr int ShownValueLength = 100;

} // namespace

QualysCall::QualysCall(const HttpRequest &request, QString user, QualysParameters parameters)
    : m_request(request), m_host(QualysDocument::hostOf(request)), m_user(std::move(user)),
      m_parameters(std::move(parameters))
{
}

std::optional<HttpReply> QualysCall::checkAction(const QStringList &actions) const
{
    if (m_parameters.value(QStringLiteral("action")).isEmpty())
        return fail(ErrorCode::MissingParameter,
                    QStringLiteral("Missing required parameter(s): action"));
    if (!actions.contains(m_parameters.value(QStringLiteral("action"))))
        return invalid(QStringLiteral("action"));
    return std::nullopt;
}

std::optional<HttpReply> QualysCall::requirePost() const
{
    if (isPost())
        return std::nullopt;
    return fail(ErrorCode::WrongMethod,
                QStringLiteral("Request method %1 is incompatible with specified parameter(s): "
                               "action=%2")
                        .arg(QString::fromLatin1(m_request.method.left(16)),
                             value(QStringLiteral("action"))));
}

std::optional<HttpReply> QualysCall::checkNames(const QStringList &allowed,
                                                const QStringList &required) const
{
    const QStringList unknown = m_parameters.unknown(allowed);
    if (!unknown.isEmpty()) {
        QStringList shown;
        for (const QString &name : unknown)
            shown.append(name.left(ShownValueLength));
        return fail(ErrorCode::UnrecognizedParameter,
                    QStringLiteral("Unrecognized parameter(s): ")
                            + shown.join(QLatin1String(", ")));
    }

    const QStringList missing = m_parameters.missing(required);
    if (!missing.isEmpty())
        return fail(ErrorCode::MissingParameter,
                    QStringLiteral("Missing required parameter(s): ")
                            + missing.join(QLatin1String(", ")));
    return std::nullopt;
}

std::optional<HttpReply> QualysCall::checkExclusive(const QStringList &group) const
{
    if (m_parameters.presentOf(group).size() <= 1)
        return std::nullopt;
    return fail(ErrorCode::OnlyOneOf,
                QStringLiteral("Please specify only one of these parameters: ")
                        + group.join(QLatin1String(", ")));
}

std::optional<int> QualysCall::positiveId(const QString &name, HttpReply *error) const
{
    bool ok = false;
    const int id = value(name).toInt(&ok);
    if (ok && id > 0)
        return id;
    *error = invalid(name);
    return std::nullopt;
}

HttpReply QualysCall::fail(ErrorCode code, const QString &text, int status) const
{
    return QualysDocument::error(m_host, status, code, text);
}

HttpReply QualysCall::invalid(const QString &name, const QString &reason) const
{
    const bool secret = name.contains(QLatin1String("password"));
    QString text = QStringLiteral("parameter %1 has invalid value").arg(name);
    if (!secret)
        text += QStringLiteral(": ") + value(name).left(ShownValueLength);
    if (!reason.isEmpty())
        text += QStringLiteral(" (") + reason + u')';
    return fail(ErrorCode::InvalidValue, text);
}

HttpReply QualysCall::unsupportedCombination(const QStringList &pairs) const
{
    return fail(ErrorCode::UnsupportedCombination,
                QStringLiteral("The following combination of key=value pairs is not "
                               "supported: ")
                        + pairs.join(QLatin1String(", ")));
}

} // namespace sandbox
