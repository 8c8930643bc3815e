#include "LoadScenario.h"

#include "models/FolderTreeModel.h"
#include "models/SecretListModel.h"
#include "secretserver/RestClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace secretserver;

namespace {

const QString AdminUser = QStringLiteral("admin");
// Sandbox data, not a secret: the generated estate's administrator (README, sandbox accounts).
const QString AdminPassword = QStringLiteral("Sandbox-Admin-1!");

} // namespace

LoadScenario::LoadScenario(const BenchTarget &target, const ScenarioOptions &options,
                           QObject *parent)
    : QObject(parent), m_target(target), m_options(options)
{
    ConnectionSettings settings;
    settings.serverUrl
            = QUrl(QStringLiteral("https://127.0.0.1:%1/SecretServer").arg(target.httpsPort));
    settings.trust.pin(QStringLiteral("127.0.0.1"), target.httpsPort, target.sha256);
    settings.maxParallelRequests = options.parallel;
    settings.timeoutMs = 120000;
    settings.maxListRecords = 10'000'000; // the naive client really takes everything
    m_client = std::make_unique<RestClient>(settings);
}

LoadScenario::~LoadScenario() = default;

qint64 LoadScenario::statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void LoadScenario::run(const QString &mode)
{
    m_figures.insert(QStringLiteral("mode"), mode);
    m_figures.insert(QStringLiteral("parallel"), m_options.parallel);
    m_figures.insert(QStringLiteral("rssAtStartKb"), statusKb("VmRSS"));
    QList<Step> steps { signIn() };
    if (mode == QLatin1String("lazy")) {
        steps << [this](const Next &next) {
            m_probe.start(); // from here on the UI thread must not stall
            next();
        };
        steps << resetStats() << lazyFolderFirstPage() << readStats(QStringLiteral("folder"));
        steps << resetStats() << lazySearchFirstPage() << readStats(QStringLiteral("search"));
        steps << resetStats() << lazyScroll() << readStats(QStringLiteral("scroll"));
    } else if (mode == QLatin1String("naive")) {
        steps << [this](const Next &next) {
            m_probe.start();
            next();
        };
        steps << resetStats() << naiveLoadEverything() << readStats(QStringLiteral("naive"));
    } else if (mode == QLatin1String("parallel")) {
        steps << parallelExpand() << readStats(QStringLiteral("parallel"));
    } else {
        fail(QStringLiteral("unknown mode %1").arg(mode));
        return;
    }
    steps << [this](const Next &) {
        m_probe.stop();
        m_figures.insert(QStringLiteral("longestStallMs"), m_probe.longestStallMs());
        m_figures.insert(QStringLiteral("busyInLongestStallMs"), m_probe.busyInLongestStallMs());
        m_figures.insert(QStringLiteral("longestBusyMs"), m_probe.longestBusyMs());
        m_figures.insert(QStringLiteral("stallsOver50Ms"), m_probe.stallsOver50Ms());
        m_figures.insert(QStringLiteral("peakRssKb"), statusKb("VmHWM"));
        m_done = true;
        emit finished(m_figures);
    };
    runSteps(steps);
}

void LoadScenario::runSteps(QList<Step> steps)
{
    if (steps.isEmpty() || m_done)
        return;
    const Step step = steps.takeFirst();
    step([this, steps] { QTimer::singleShot(0, this, [this, steps] { runSteps(steps); }); });
}

void LoadScenario::endPhase()
{
    // Later: the step usually ends inside a signal of one of the phase's models.
    if (m_phase)
        m_phase.release()->deleteLater();
}

void LoadScenario::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_figures.insert(QStringLiteral("error"), message);
    emit finished(m_figures);
}

void LoadScenario::control(const QByteArray &method, const QString &path,
                           const std::function<void(const QJsonObject &)> &done)
{
    QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_target.httpPort).arg(path)));
    request.setRawHeader(QByteArrayLiteral("X-Sandbox-Control"), m_target.controlToken);
    QNetworkReply *reply = m_control.sendCustomRequest(request, method);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, done] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            fail(QStringLiteral("control %1 failed: %2").arg(path, reply->errorString()));
            return;
        }
        done(body);
    });
}

LoadScenario::Step LoadScenario::resetStats()
{
    return [this](const Next &next) {
        control("POST", QStringLiteral("/sandbox-control/stats/reset"),
                [next](const QJsonObject &) { next(); });
    };
}

LoadScenario::Step LoadScenario::readStats(const QString &prefix)
{
    return [this, prefix](const Next &next) {
        control("GET", QStringLiteral("/sandbox-control/stats"),
                [this, prefix, next](const QJsonObject &stats) {
                    m_figures.insert(prefix + QStringLiteral("RoundTrips"),
                                     stats.value(QStringLiteral("requests")).toInteger());
                    m_figures.insert(prefix + QStringLiteral("MaxInFlight"),
                                     stats.value(QStringLiteral("maxInFlight")).toInt());
                    next();
                });
    };
}

LoadScenario::Step LoadScenario::signIn()
{
    return [this](const Next &next) {
        m_clock.start();
        m_client->signIn({ AdminUser, QString(), AdminPassword }, this,
                         [this, next](const Result<SessionInfo> &result) {
                             if (!result.ok()) {
                                 fail(QStringLiteral("sign-in failed: ") + result.message);
                                 return;
                             }
                             m_figures.insert(QStringLiteral("signInMs"), m_clock.elapsed());
                             next();
                         });
    };
}

// A click on a region, then on one of its sites: the tree lists the top level, the region's
// children, then the list shows the site's first page of secrets.
LoadScenario::Step LoadScenario::lazyFolderFirstPage()
{
    return [this](const Next &next) {
        m_phase = std::make_unique<QObject>();
        auto *tree = new FolderTreeModel(m_phase.get());
        auto *list = new SecretListModel(m_phase.get());
        tree->setClient(m_client.get());
        list->setClient(m_client.get());
        list->setPageSize(m_options.pageSize);

        connect(tree, &FolderTreeModel::childrenFailed, m_phase.get(),
                [this](const QModelIndex &, const QString &message) { fail(message); });
        connect(tree, &FolderTreeModel::childrenLoaded, m_phase.get(),
                [this, tree, list](const QModelIndex &parent) {
                    if (tree->rowCount(parent) == 0) {
                        fail(QStringLiteral("an empty folder in the generated estate"));
                        return;
                    }
                    const QModelIndex first = tree->index(0, 0, parent);
                    if (!parent.isValid()) {
                        tree->fetchMore(first); // expand the first region
                        return;
                    }
                    SecretFilter filter;
                    filter.folderId = first.data(FolderTreeModel::FolderIdRole).toInt();
                    filter.includeSubFolders = true; // as the secrets screen asks on a folder click
                    list->setFilter(filter);
                });
        connect(list, &RemoteListModel::statusChanged, m_phase.get(),
                [this, list](RemoteListModel::Status status) {
                    if (status == RemoteListModel::Status::Failed)
                        fail(list->errorMessage());
                });
        connect(list, &RemoteListModel::pageLoaded, m_phase.get(), [this, list, next] {
            m_figures.insert(QStringLiteral("folderFirstPageMs"), m_clock.elapsed());
            m_figures.insert(QStringLiteral("folderFirstPageRows"), list->recordCount());
            endPhase();
            next();
        });
        m_clock.start();
        tree->reload();
    };
}

LoadScenario::Step LoadScenario::lazySearchFirstPage()
{
    return [this](const Next &next) {
        m_phase = std::make_unique<QObject>();
        auto *list = new SecretListModel(m_phase.get());
        list->setClient(m_client.get());
        list->setPageSize(m_options.pageSize);
        connect(list, &RemoteListModel::statusChanged, m_phase.get(),
                [this, list](RemoteListModel::Status status) {
                    if (status == RemoteListModel::Status::Failed)
                        fail(list->errorMessage());
                });
        connect(list, &RemoteListModel::pageLoaded, m_phase.get(), [this, list, next] {
            m_figures.insert(QStringLiteral("searchFirstPageMs"), m_clock.elapsed());
            m_figures.insert(QStringLiteral("searchFirstPageRows"), list->recordCount());
            m_figures.insert(QStringLiteral("searchMatches"), list->serverTotal());
            endPhase();
            next();
        });
        SecretFilter filter;
        filter.searchText = m_options.searchText;
        m_clock.start();
        list->setFilter(filter);
    };
}

// The whole vault as one list, scrolled page by page the way a view calls fetchMore().
LoadScenario::Step LoadScenario::lazyScroll()
{
    return [this](const Next &next) {
        m_phase = std::make_unique<QObject>();
        auto *list = new SecretListModel(m_phase.get());
        list->setClient(m_client.get());
        list->setPageSize(m_options.pageSize);
        auto pages = std::make_shared<int>(0);
        connect(list, &RemoteListModel::statusChanged, m_phase.get(),
                [this, list](RemoteListModel::Status status) {
                    if (status == RemoteListModel::Status::Failed)
                        fail(list->errorMessage());
                });
        connect(list, &RemoteListModel::pageLoaded, m_phase.get(), [this, list, pages, next] {
            if (++*pages == 1) {
                m_figures.insert(QStringLiteral("vaultFirstPageMs"), m_clock.elapsed());
                m_figures.insert(QStringLiteral("vaultTotal"), list->serverTotal());
                m_figures.insert(QStringLiteral("rssAfterFirstPageKb"), statusKb("VmRSS"));
            }
            if (*pages < m_options.scrollPages && list->canFetchMore({})) {
                // As a view does when the last row scrolls into sight.
                QTimer::singleShot(0, list, [list] { list->fetchMore({}); });
                return;
            }
            m_figures.insert(QStringLiteral("scrollPages"), *pages);
            m_figures.insert(QStringLiteral("scrollRows"), list->recordCount());
            m_figures.insert(QStringLiteral("scrollMs"), m_clock.elapsed());
            m_figures.insert(QStringLiteral("rssAfterScrollKb"), statusKb("VmRSS"));
            endPhase();
            next();
        });
        m_clock.start();
        list->reload();
    };
}

// What a client that loads everything first does: every folder, then every secret, and only
// then can it show the first page.
LoadScenario::Step LoadScenario::naiveLoadEverything()
{
    return [this](const Next &next) {
        m_phase = std::make_unique<QObject>();
        auto folders = std::make_shared<Page<Folder>>();
        auto secrets = std::make_shared<Page<SecretSummary>>();
        m_clock.start();

        FolderQuery folderQuery;
        folderQuery.page.allPages = true;
        folderQuery.page.take = m_options.naiveTake;
        m_client->searchFolders(
                folderQuery, m_phase.get(),
                [this, folders, secrets, next](const Result<Page<Folder>> &r) {
                    if (!r.ok()) {
                        fail(r.message);
                        return;
                    }
                    *folders = r.value;
                    SecretQuery secretQuery;
                    secretQuery.page.allPages = true;
                    secretQuery.page.take = m_options.naiveTake;
                    secretQuery.page.sortBy = QStringLiteral("name");
                    m_client->searchSecrets(
                            secretQuery, m_phase.get(),
                            [this, folders, secrets, next](const Result<Page<SecretSummary>> &all) {
                                if (!all.ok()) {
                                    fail(all.message);
                                    return;
                                }
                                *secrets = all.value;
                                m_figures.insert(QStringLiteral("naiveFirstPageMs"),
                                                 m_clock.elapsed());
                                m_figures.insert(QStringLiteral("naiveFolders"),
                                                 int(folders->records.size()));
                                m_figures.insert(QStringLiteral("naiveSecrets"),
                                                 int(secrets->records.size()));
                                m_figures.insert(QStringLiteral("rssAfterLoadKb"),
                                                 statusKb("VmRSS"));
                                endPhase();
                                next();
                            });
                });
    };
}

// Every region of the tree expanded at once: as many listings as the bound lets through.
LoadScenario::Step LoadScenario::parallelExpand()
{
    return [this](const Next &next) {
        m_phase = std::make_unique<QObject>();
        auto *tree = new FolderTreeModel(m_phase.get());
        tree->setClient(m_client.get());
        auto waiting = std::make_shared<int>(-1);
        connect(tree, &FolderTreeModel::childrenFailed, m_phase.get(),
                [this](const QModelIndex &, const QString &message) { fail(message); });
        connect(tree, &FolderTreeModel::childrenLoaded, m_phase.get(),
                [this, tree, waiting, next](const QModelIndex &parent) {
                    if (parent.isValid()) {
                        if (--*waiting == 0) {
                            m_figures.insert(QStringLiteral("expandAllMs"), m_clock.elapsed());
                            endPhase();
                            next();
                        }
                        return;
                    }
                    *waiting = tree->rowCount();
                    m_figures.insert(QStringLiteral("expandedFolders"), *waiting);
                    control("POST", QStringLiteral("/sandbox-control/stats/reset"),
                            [this, tree](const QJsonObject &) {
                                m_clock.start();
                                for (int row = 0; row < tree->rowCount(); ++row)
                                    tree->fetchMore(tree->index(row, 0));
                            });
                });
        tree->reload();
    };
}
