#include "secretserver/Estate.h"
#include "soap/SoapErrorText.h"
#include "soap/SoapMethods.h"
#include "soap/SoapNames.h"
#include "soap/SoapSecretWriter.h"

namespace sandbox::soap {

namespace {
void writeSummaries(const SoapCall &call, SoapResponse &out, const SecretQuery &query)
{
    const QList<const Secret *> found =
            call.estate().searchSecrets(call.session()->userId, query);
    qCInfo(lcSandboxSoap) << call.method() << "from" << call.request().peer.toString()
                          << "found" << found.size() << "secrets";

    out.errors({});
    out.begin(QStringLiteral("SecretSummaries"));
    SoapSecretWriter writer(out, call.estate());
    for (const Secret *secret : found)
        writer.summary(*secret);
    out.end();
}

SecretQuery queryOf(const SoapCall &call)
{
    SecretQuery query;
    query.searchText = call.string(QStringLiteral("searchTerm"));
    query.includeRestricted = call.boolean(QStringLiteral("includeRestricted"));
    query.includeInactive = call.boolean(QStringLiteral("includeDeleted"));
    // List is enough to find a secret; reading it takes View (§5).
    query.permissionRequired = SecretRole::List;
    return query;
}

void secretError(SoapResponse &out, const QString &code, const QString &message,
                 bool allowsResponse)
{
    out.errors({});
    out.begin(QStringLiteral("SecretError"));
    out.text(QStringLiteral("ErrorCode"), code);
    out.text(QStringLiteral("ErrorMessage"), message);
    out.boolean(QStringLiteral("AllowsResponse"), allowsResponse);
    if (allowsResponse) {
        out.text(QStringLiteral("CommentTitle"), text::commentTitle());
        out.text(QStringLiteral("AdditionalCommentTitle"), text::ticketTitle());
    }
    out.end();
}

// Only the comment restriction can be answered here; a CodeResponse echoing another code
// (approval, DoubleLock) changes nothing, so those stay refused.
void applyCodeResponses(const SoapCall &call, ReadOptions *options)
{
    const SoapElement *responses = call.argument(QStringLiteral("codeResponses"));
    if (!responses)
        return;

    for (const SoapElement &response : responses->children) {
        if (response.name != QLatin1String("CodeResponse")
            || response.namespaceUri != serviceNamespace())
            continue;
        const SoapElement *code = response.child(QStringLiteral("ErrorCode"), serviceNamespace());
        if (!code || code->text != text::commentRequiredCode())
            continue;
        const SoapElement *comment =
                response.child(QStringLiteral("Comment"), serviceNamespace());
        const SoapElement *ticket =
                response.child(QStringLiteral("AdditionalComment"), serviceNamespace());
        options->comment = comment ? comment->text : QString();
        options->ticketNumber = ticket ? ticket->text : QString();
    }
}

QString holderOf(const Estate &estate, int secretId)
{
    const CheckOutStatus status = estate.checkOutStatus(secretId);
    return status.userDisplayName.isEmpty() ? QStringLiteral("another user")
                                            : status.userDisplayName;
}
} // namespace

void searchSecrets(const SoapCall &call, SoapResponse &out)
{
    writeSummaries(call, out, queryOf(call));
}

void searchSecretsByFolder(const SoapCall &call, SoapResponse &out)
{
    SecretQuery query = queryOf(call);
    query.folderId = call.integer(QStringLiteral("folderId"));
    query.includeSubFolders = call.boolean(QStringLiteral("includeSubFolders"));

    if (query.folderId != -1 && !call.estate().folder(query.folderId)) {
        out.errors({text::folderNotFound()});
        return;
    }
    writeSummaries(call, out, query);
}

void getSecret(const SoapCall &call, SoapResponse &out)
{
    const int userId = call.session()->userId;
    const int secretId = call.integer(QStringLiteral("secretId"));
    ReadOptions options;
    applyCodeResponses(call, &options);

    const SecretRead read = call.estate().readSecret(userId, secretId, options,
                                                     call.request().peer);
    qCInfo(lcSandboxSoap) << "GetSecret" << secretId << "from" << call.request().peer.toString()
                          << "outcome" << static_cast<int>(read.outcome)
                          << (read.checkedOutNow ? "(checked out)" : "");

    switch (read.outcome) {
    case ReadOutcome::Ok:
        break;
    case ReadOutcome::CommentRequired:
        secretError(out, text::commentRequiredCode(), text::commentRequiredMessage(), true);
        return;
    case ReadOutcome::ApprovalRequired:
        secretError(out, text::approvalRequiredCode(), text::approvalRequiredMessage(), false);
        return;
    case ReadOutcome::DoubleLockRequired:
        secretError(out, text::doubleLockRequiredCode(), text::doubleLockRequiredMessage(),
                    false);
        return;
    case ReadOutcome::CheckedOutByOther:
        out.errors({text::checkedOutByOther(holderOf(call.estate(), secretId))});
        return;
    case ReadOutcome::NotFound:
    case ReadOutcome::AccessDenied:
    case ReadOutcome::CheckOutRequired:
        out.errors({text::accessDenied()});
        return;
    }
    if (!read.secret) {
        out.errors({text::accessDenied()});
        return;
    }

    out.errors({});
    SoapSecretWriter(out, call.estate())
            .secret(*read.secret, read.role,
                    call.boolean(QStringLiteral("loadSettingsAndPermissions")));
}

void getCheckOutStatus(const SoapCall &call, SoapResponse &out)
{
    const int secretId = call.integer(QStringLiteral("secretId"));
    const Estate &estate = call.estate();
    if (!estate.secret(secretId)
        || estate.secretRole(call.session()->userId, secretId) == SecretRole::None) {
        out.errors({text::accessDenied()});
        return;
    }

    const CheckOutStatus status = estate.checkOutStatus(secretId);
    out.errors({});
    if (!status.checkedOut) {
        out.nil(QStringLiteral("CheckOutMinutesRemaining"));
        out.boolean(QStringLiteral("IsCheckedOut"), false);
        out.nil(QStringLiteral("CheckOutUserId"));
        return;
    }
    out.integer(QStringLiteral("CheckOutMinutesRemaining"), status.minutesRemaining);
    out.boolean(QStringLiteral("IsCheckedOut"), true);
    out.text(QStringLiteral("CheckOutUserDisplayName"), status.userDisplayName);
    out.integer(QStringLiteral("CheckOutUserId"), status.userId);
}

void checkIn(const SoapCall &call, SoapResponse &out)
{
    const int secretId = call.integer(QStringLiteral("secretId"));

    const CheckInResult result = call.estate().checkIn(call.session()->userId, secretId, false,
                                                       call.request().peer);
    qCInfo(lcSandboxSoap) << "CheckIn" << secretId << "from" << call.request().peer.toString()
                          << "outcome" << static_cast<int>(result.outcome)
                          << (result.passwordChanged ? "(password changed)" : "");

    switch (result.outcome) {
    case CheckInOutcome::Ok:
        out.errors({});
        return;
    case CheckInOutcome::NotCheckedOut:
        out.errors({text::notCheckedOut()});
        return;
    case CheckInOutcome::CheckedOutByOther:
        out.errors({text::checkedOutByOther(holderOf(call.estate(), secretId))});
        return;
    case CheckInOutcome::NotFound:
    case CheckInOutcome::AccessDenied:
        break;
    }
    out.errors({text::accessDenied()});
}

} // namespace sandbox::soap
