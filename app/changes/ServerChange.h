#pragma once

#include "secretserver/CallResult.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace secretserver {
class RestClient;
}

// A secret as a change names it: enough to find its summary again without reading the
// secret (a read audits a view and may check it out).
struct SecretRef
{
    int id = 0;
    QString name;
    int folderId = -1;
};

// A user or a group a permission or a membership is about.
struct Principal
{
    bool isGroup = false;
    int id = 0;
    QString name;
};

// One change the console makes to Secret Server: reads the current state, says exactly what
// it would change (or that it is already in place), applies, and is confirmed by reading again.
// Owned by the ChangeRunner that runs it; never holds a field value in a preview or a log.
class ServerChange
{
    Q_DECLARE_TR_FUNCTIONS(ServerChange)

public:
    using Done = std::function<void(const secretserver::CallResult &)>;

    virtual ~ServerChange();

    // One line naming the change ("Grant svc-qualys View on folder Windows").
    virtual QString title() const = 0;
    // Reads what the server has now; done() once, asynchronously, with the last call's result.
    virtual void read(secretserver::RestClient *client, QObject *context, Done done) = 0;
    // After a successful read: whether the server already shows the wanted state.
    virtual bool isInPlace() const = 0;
    // After a successful read: what apply() would change on the server, one line each.
    virtual QStringList preview() const = 0;
    // After a successful read: what the person should know first (more than needed,
    // blocks unattended scanning, a server setting that must change too).
    virtual QStringList warnings() const { return {}; }
    // Makes the change; only after a read that found it not in place.
    virtual void apply(secretserver::RestClient *client, QObject *context, Done done) = 0;

protected:
    // A CallResult for a failure found by the change itself (not an HTTP answer).
    static secretserver::CallResult failure(secretserver::CallStatus status,
                                            const QString &message);
    static QString onOff(bool on);
    static QString principalText(const Principal &principal);
};

// The role scanning needs on a secret; anything stronger is flagged as more than needed.
inline constexpr char LeastPrivilegeRole[] = "View";
