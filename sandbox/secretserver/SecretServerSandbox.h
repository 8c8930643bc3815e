#pragma once

#include "http/HttpExchange.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sandbox {

class Estate;

struct SecretServerOptions
{
    QString seedFile;             // JSON estate; empty = the built-in example estate
    int generateSecrets = 0;      // > 0: generate an estate of this many secrets instead
    int generateFolders = 0;      //       spread over this many folders
    QString stateFile;            // keep changes here across restarts (atomic writes)
    int tokenLifetimeSeconds = 0; // 0 = the estate's configured API session timeout
};

// The Secret Server half of the sandbox: the estate (users, folders, secrets, rules) and the
// REST service over it. The SOAP service is built on the same estate.
class SecretServerSandbox
{
public:
    static std::unique_ptr<SecretServerSandbox> create(const SecretServerOptions &options,
                                                       QString *error);
    ~SecretServerSandbox();

    Estate &estate();
    Service *restService();

    // Test-only switches under /sandbox-control/secretserver/ (the transport checks the
    // control token before calling this).
    HttpReply control(const HttpRequest &request);

    // Lines for the start banner: "admin / <password> (administrator)", ...
    QStringList exampleAccounts() const;

private:
    SecretServerSandbox();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox
