#pragma once

#include "secretserver/Protocol.h"

#include <QString>

// Texts and codes the SOAP service answers with. Public material pins down only a few of them
// (secret-server-api.md §12, from a mock server); the rest are our choice, kept here so they can
// be corrected in one place when a real server shows otherwise.
namespace sandbox::soap::text {

// §12 (mock server): Authenticate's answer to bad credentials.
inline QString loginFailed()
{
    return QStringLiteral("Login failed.");
}
// Lock-out and IP restriction: UNKNOWN texts; one server answers both channels alike, so
// these are the REST service's choices (secretserver/Protocol.h).
inline QString lockedOut()
{
    return QString::fromLatin1(protocol::LoginLockedOut);
}
inline QString ipRestricted()
{
    return QString::fromLatin1(protocol::LoginIpRestricted);
}
// §12 (mock server): GetSecret without the needed role. Also used for a secret that does not
// exist, so a caller cannot probe for ids.
inline QString accessDenied()
{
    return QStringLiteral("Access Denied");
}
// §12 (mock server): SearchSecretsByFolder on an unknown folder.
inline QString folderNotFound()
{
    return QStringLiteral("The folder does not exist or user does not have access.");
}
// §12 and §14: the expired/unknown token text is UNKNOWN.
inline QString tokenInvalid()
{
    return QStringLiteral("Token is invalid or has expired.");
}
// §11 and §14: the behaviour with web services disabled is UNKNOWN. We answer every method
// (the WSDL stays available, as ASP.NET generates it without the application) with HTTP 200
// and this one error, the way the application reports every other refusal.
inline QString webServicesDisabled()
{
    return QStringLiteral("Web services are not enabled. Contact your Secret Server "
                          "administrator.");
}
// Our choice for check-out conflicts and check-in refusals.
inline QString checkedOutByOther(const QString &holder)
{
    return QStringLiteral("The Secret is checked out by %1.").arg(holder);
}
inline QString notCheckedOut()
{
    return QStringLiteral("The Secret is not checked out.");
}

// SecretError of GetSecret for restricted secrets. The ErrorCode values are UNKNOWN (§12,
// §14); the comment message is the REST one seen in a real reply (§4.2).
inline QString commentRequiredCode()
{
    return QStringLiteral("REQUIRESCOMMENT");
}
inline QString commentRequiredMessage()
{
    return QStringLiteral("The requested Secret requires a comment when viewed.");
}
inline QString commentTitle()
{
    return QStringLiteral("Comment");
}
inline QString ticketTitle()
{
    return QStringLiteral("Ticket Number");
}
inline QString approvalRequiredCode()
{
    return QStringLiteral("REQUIRESAPPROVAL");
}
inline QString approvalRequiredMessage()
{
    return QStringLiteral("The requested Secret requires approval for access.");
}
inline QString doubleLockRequiredCode()
{
    return QStringLiteral("REQUIRESDOUBLELOCK");
}
inline QString doubleLockRequiredMessage()
{
    return QStringLiteral("The requested Secret is protected by DoubleLock.");
}

} // namespace sandbox::soap::text
