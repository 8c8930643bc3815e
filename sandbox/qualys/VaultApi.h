#pragma once

#include "http/HttpExchange.h"

#include <QString>
#include <functional>
#include <optional>

namespace sandbox {

class QualysCall;
class QualysTenant;

// /api/2.0/fo/vault/: list, view, create, update and delete authentication vaults of type
// Thycotic Secret Server (reference §2). Never writes a vault's password. Does not own the
// tenant; changed runs after every successful write.
class VaultApi
{
public:
    VaultApi(QualysTenant &tenant, std::function<void()> changed);

    HttpReply handle(const QualysCall &call);

    // One of the vault types Qualys knows (reference §2.3), implemented here or not.
    static bool isKnownType(const QString &type);

private:
    HttpReply list(const QualysCall &call);
    HttpReply view(const QualysCall &call);
    HttpReply create(const QualysCall &call);
    HttpReply update(const QualysCall &call);
    HttpReply remove(const QualysCall &call);

    // 1904/1905 for the type selector; its value, or empty when none was given.
    std::optional<HttpReply> checkType(const QualysCall &call, QString *type) const;
    // 1905 for lengths, URL form and a duplicate title (ignoring the vault with selfId).
    std::optional<HttpReply> checkFields(const QualysCall &call, int selfId) const;

    QualysTenant &m_tenant;
    std::function<void()> m_changed;
};

} // namespace sandbox
