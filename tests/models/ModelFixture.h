#pragma once

#include "SandboxProcess.h"
#include "models/ModelRow.h"

#include <QAbstractItemModel>
#include <QString>

#include <memory>

namespace secretserver {
class RestClient;
} // namespace secretserver

// One sandbox process and one signed-in RestClient (HTTPS, the sandbox certificate pinned)
// shared by the functions of a model test.
class ModelFixture
{
public:
    ModelFixture();
    ~ModelFixture();

    // Starts the sandbox and signs in; false with error() when either failed.
    bool start(const QString &userName = QStringLiteral("admin"),
               const QString &password = QStringLiteral("Sandbox-Admin-1!"));
    QString error() const { return m_error; }

    secretserver::RestClient *client() const { return m_client.get(); }
    SandboxProcess &sandbox() { return m_sandbox; }

    // PUT /sandbox-control/faults: latency of every reply and the share that fail with 5xx.
    bool setFaults(int latencyMs, double failRate);

    // The text of every row's status kind in column 0 of parent, for failure messages.
    static QString describeRows(const QAbstractItemModel &model, const QModelIndex &parent = {});
    // The kind of a row (Record, Loading, Error).
    static ModelRow::Kind kindOf(const QAbstractItemModel &model, int row,
                                 const QModelIndex &parent = {});
    // Whether any row under parent is of this kind.
    static bool hasRowOfKind(const QAbstractItemModel &model, ModelRow::Kind kind,
                             const QModelIndex &parent = {});

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<secretserver::RestClient> m_client;
    QString m_error;
};

// Bounded waits: a hang fails the test instead of stalling it.
constexpr int ModelAnswerMs = 30000;
