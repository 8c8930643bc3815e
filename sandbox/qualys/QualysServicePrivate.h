#pragma once

#include "qualys/ApiLimits.h"
#include "qualys/AuthRecordApi.h"
#include "qualys/QualysService.h"
#include "qualys/QualysTenant.h"
#include "qualys/VaultApi.h"

#include <QHash>
#include <QTimer>

namespace sandbox {

// QualysService's state, shared by its request path (QualysService.cpp) and its control
// switches (QualysControl.cpp).
struct QualysService::Private
{
    Private(const QualysOptions &options, QualysTenant tenant);

    void changed(); // a write happened: save soon
    void save();

    QualysOptions options;
    QualysTenant tenant;
    ApiLimits limits;
    QHash<QString, int> inFlight; // per API, between callStarted() and callFinished()
    int otherRunning = 0; // calls "other clients" run, set through control
    bool callsReported = false; // the transport has called callStarted() at least once
    VaultApi vaults;
    AuthRecordApi records;
    QTimer saveTimer;
    bool dirty = false;
    QHash<QByteArray, QString> sessions; // QualysSession cookie value -> login (§1.2)
};

// The API a path belongs to, as limits count it: the path with one trailing slash.
QString qualysApiOf(const QString &path);

} // namespace sandbox
