#pragma once

#include "checks/Finding.h"
#include "secretserver/ConnectionSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace secretserver {
class PendingCall;
class SoapClient;
struct SoapSecretReply;
} // namespace secretserver

// Walks the Qualys scanner appliance's path through Secret Server's SOAP web service for
// vault-backed records, from this PC: Authenticate as the vault account, find each secret by
// its exact name, GetSecret (which checks it out where required) and CheckIn again. Owns its
// SOAP client; the vault password is used for the one Authenticate call and not kept.
class ScannerPathCheck : public QObject
{
    Q_OBJECT

public:
    // One record to walk: which secret it names, exactly as typed in Qualys.
    struct Target
    {
        int recordId = 0;
        QString recordTitle;
        QString secretName;
    };

    // settings: the Secret Server the vault points at (trust and limits); endpoint: the
    // vault's URL when it names another SOAP address than {serverUrl}/webservices/...
    explicit ScannerPathCheck(const secretserver::ConnectionSettings &settings,
                              const QUrl &endpoint = {}, QObject *parent = nullptr);
    ~ScannerPathCheck() override;

    // Signs in once as the vault account and walks each target in turn, reporting each
    // through recordChecked() and then finished(). A run in progress is cancelled first.
    void start(const QString &userName, const QString &password, const QString &domain,
               const QList<Target> &targets);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // One verdict per target: Info "scanner-path.passed" when the password came back,
    // otherwise a Blocker naming the cause and its fix. Never carries a secret value.
    void recordChecked(int recordId, const Finding &finding);
    void finished();

private:
    void nextTarget();
    void searched(const QList<int> &exactIds);
    void diagnosed(const QStringList &names);
    void secretRead(const secretserver::SoapSecretReply &reply, bool havePassword);
    void checkInIfCheckedOut(const Finding &verdict);
    void report(const Finding &finding);

    std::unique_ptr<secretserver::SoapClient> m_client;
    QList<Target> m_targets;
    Target m_current;
    int m_currentSecretId = 0;
    QString m_userName;
    std::optional<Finding> m_loginFailure; // applies to every target once sign-in failed
    QPointer<secretserver::PendingCall> m_call;
    bool m_running = false;
    int m_generation = 0; // callbacks of an earlier (cancelled) run compare and drop out
};
