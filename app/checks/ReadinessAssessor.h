#pragma once

#include "checks/RecordReadiness.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class EffectiveAccessModel;

namespace secretserver {
class RestClient;
}

// What a check needs of one authentication record, whatever system it came from.
struct RecordTarget
{
    QString key; // the caller's identifier, handed back with the verdict
    QString title;
    QString secretName;
    QString userName;
};

// Reads from Secret Server, as the signed-in administrator, what decides whether the
// scanner will get each record's password: the server's web-services and RPC settings,
// the secrets of that name and the vault account's effective access. Then applies the
// RecordReadiness rules and reports each verdict. Reads never check a secret out or view a
// password. Borrows the client; one assessment at a time.
class ReadinessAssessor : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessAssessor(secretserver::RestClient *client, QObject *parent = nullptr);
    ~ReadinessAssessor() override;

    // Starts over with these records for the vault account (the Secret Server user the
    // Qualys vault signs in as). A running assessment is abandoned.
    void assess(const QString &vaultAccountName, const QList<RecordTarget> &records);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void recordAssessed(const QString &key, const RecordReadiness &readiness);
    // Every record has a verdict, or message says why the rest could not be read.
    void finished(bool ok, const QString &message);

private:
    void readConfiguration();
    void findVaultAccount();
    void next();
    void searchSecrets(const RecordTarget &record);
    void resolveAccess(const RecordTarget &record, RecordFacts facts);
    void deliver(const RecordTarget &record, const RecordFacts &facts);
    void fail(const QString &message);
    bool current(quint64 generation) const { return m_running && generation == m_generation; }

    QPointer<secretserver::RestClient> m_client;
    EffectiveAccessModel *m_access = nullptr;
    QQueue<RecordTarget> m_queue;
    RecordFacts m_common; // server-wide facts and the vault account
    quint64 m_generation = 0;
    bool m_running = false;
};
