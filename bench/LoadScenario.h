#pragma once

#include "StallProbe.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <memory>

namespace secretserver {
class RestClient;
} // namespace secretserver

// Where the benchmark's sandbox listens, from its ready line.
struct BenchTarget
{
    quint16 httpsPort = 0;
    quint16 httpPort = 0; // control requests only: they carry no credential worth a TLS hop
    QByteArray sha256;
    QByteArray controlToken;
};

struct ScenarioOptions
{
    int pageSize = 100; // records per page, as the console's lists use
    int scrollPages = 20; // pages the lazy list loads as the user scrolls
    int parallel = 4; // the client's bound on requests in flight
    int naiveTake = 1000; // records per request of the load-everything client
    QString searchText = QStringLiteral("host04"); // matches a tenth of the generated vault
};

// One measured way of loading the vault, run in its own child process so its peak RSS is
// its own: "lazy" (the console's models), "naive" (everything first) or "parallel" (many
// folder listings at once under the client's bound). Emits finished() once with its figures.
class LoadScenario : public QObject
{
    Q_OBJECT

public:
    LoadScenario(const BenchTarget &target, const ScenarioOptions &options,
                 QObject *parent = nullptr);
    ~LoadScenario() override;

    void run(const QString &mode);

signals:
    void finished(const QJsonObject &figures);

private:
    using Next = std::function<void()>;
    using Step = std::function<void(const Next &next)>;

    void runSteps(QList<Step> steps);
    void fail(const QString &message);
    void endPhase();
    void control(const QByteArray &method, const QString &path,
                 const std::function<void(const QJsonObject &)> &done);
    Step resetStats();
    Step readStats(const QString &prefix);
    Step signIn();

    Step lazyFolderFirstPage();
    Step lazySearchFirstPage();
    Step lazyScroll();
    Step naiveLoadEverything();
    Step parallelExpand();

    static qint64 statusKb(const char *field); // VmRSS, VmHWM from /proc/self/status

    BenchTarget m_target;
    ScenarioOptions m_options;
    std::unique_ptr<secretserver::RestClient> m_client;
    QNetworkAccessManager m_control;
    StallProbe m_probe;
    QElapsedTimer m_clock;
    QJsonObject m_figures;
    std::unique_ptr<QObject> m_phase; // owns the models of the running step
    bool m_done = false;
};
