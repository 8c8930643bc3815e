#pragma once

#include "http/HttpExchange.h"
#include "qualys/QualysParameters.h"
#include "qualys/QualysProtocol.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sandbox {

// One authenticated Qualys call on its way to an API: who made it, its merged parameters,
// and the parameter checks every API runs in the same order and with the same answers
// (reference §5.1). Lives for the duration of one handle().
class QualysCall
{
public:
    QualysCall(const HttpRequest &request, QString user, QualysParameters parameters);

    const HttpRequest &request() const { return m_request; }
    const QString &host() const { return m_host; }
    const QString &user() const { return m_user; }
    const QualysParameters &parameters() const { return m_parameters; }
    QString value(const QString &name) const { return m_parameters.value(name); }
    bool has(const QString &name) const { return m_parameters.has(name); }
    bool isPost() const { return m_request.method == "POST"; }

    // The action, or a 1903/1905 reply when it is missing or not in actions.
    std::optional<HttpReply> checkAction(const QStringList &actions) const;
    // 1908 unless the call came as POST.
    std::optional<HttpReply> requirePost() const;
    // 1901 for names outside allowed, then 1903 for absent or empty required ones.
    std::optional<HttpReply> checkNames(const QStringList &allowed,
                                        const QStringList &required) const;
    // 1904 when more than one of group is present.
    std::optional<HttpReply> checkExclusive(const QStringList &group) const;
    // A positive integer parameter, or a 1905 reply in *error.
    std::optional<int> positiveId(const QString &name, HttpReply *error) const;

    HttpReply fail(qualys::ErrorCode code, const QString &text, int status = 400) const;
    // 1905 naming the parameter; the value is shown unless it is a password.
    HttpReply invalid(const QString &name, const QString &reason = {}) const;
    HttpReply unsupportedCombination(const QStringList &pairs) const;

private:
    const HttpRequest &m_request;
    QString m_host;
    QString m_user;
    QualysParameters m_parameters;
};

} // namespace sandbox
