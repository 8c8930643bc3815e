// scanvault-bench: the console's lazy models against a client that loads everything first,
// on a generated vault behind scanvault-sandbox with per-request latency. Each approach runs
// in its own child process (this binary again, with --child) so its peak RSS is its own;
// round trips are counted by the sandbox (/sandbox-control/stats). Not part of ctest.
#include "LoadScenario.h"
#include "SandboxProcess.h"
#include "core/ConsoleSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>
#include <cstdio>

namespace {

const QByteArray ResultPrefix = QByteArrayLiteral("BENCH_RESULT ");
constexpr int ChildTimeoutMs = 5 * 60 * 1000;
constexpr int FirstPageRoundTripTarget = 3;
constexpr int StallTargetMs = 50;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Options
{
    int secrets = 100000;
    int folders = 2000;
    int latencyMs = 20;
    QList<int> bounds { 1, 4, 8 };
    QString jsonFile;
    ScenarioOptions scenario;
};

// Runs this binary again as one scenario; the figures, or an object with "error".
QJsonObject runChild(const SandboxProcess &sandbox, const Options &options, const QString &mode,
                     int parallel)
{
    QStringList arguments {
        QStringLiteral("--child"),        mode,
        QStringLiteral("--https-port"),   QString::number(sandbox.httpsPort()),
        QStringLiteral("--http-port"),    QString::number(sandbox.httpPort()),
        QStringLiteral("--sha256"),       QString::fromLatin1(sandbox.sha256Fingerprint()),
        QStringLiteral("--page-size"),    QString::number(options.scenario.pageSize),
        QStringLiteral("--scroll-pages"), QString::number(options.scenario.scrollPages),
        QStringLiteral("--parallel"),     QString::number(parallel)
    };
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The control token goes through the environment, not the process list.
    environment.insert(QStringLiteral("SCANVAULT_BENCH_CONTROL"),
                       QString::fromLatin1(sandbox.controlToken()));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    // The parent only waits for its children; nothing is measured on its thread.
    if (!child.waitForFinished(ChildTimeoutMs)) {
        child.kill();
        child.waitForFinished(5000);
        return { { QStringLiteral("error"), QStringLiteral("%1 did not finish").arg(mode) } };
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(ResultPrefix))
            return QJsonDocument::fromJson(line.mid(ResultPrefix.size())).object();
    }
    return { { QStringLiteral("error"), QStringLiteral("%1 gave no result").arg(mode) } };
}

int childMain(const QCommandLineParser &parser, const Options &options)
{
    BenchTarget target;
    target.httpsPort = quint16(parser.value(QStringLiteral("https-port")).toUInt());
    target.httpPort = quint16(parser.value(QStringLiteral("http-port")).toUInt());
    target.sha256 = parser.value(QStringLiteral("sha256")).toLatin1();
    target.controlToken = qgetenv("SCANVAULT_BENCH_CONTROL");

    LoadScenario scenario(target, options.scenario);
    int exitCode = 0;
    QObject::connect(
            &scenario, &LoadScenario::finished, &scenario, [&exitCode](const QJsonObject &figures) {
                print(QString::fromLatin1(ResultPrefix)
                      + QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
                exitCode = figures.contains(QStringLiteral("error")) ? 1 : 0;
                QCoreApplication::exit(exitCode);
            });
    const QString mode = parser.value(QStringLiteral("child"));
    QTimer::singleShot(0, &scenario, [&scenario, mode] { scenario.run(mode); });
    QCoreApplication::exec();
    return exitCode;
}

QString ms(const QJsonObject &figures, const QString &key)
{
    return QStringLiteral("%1 ms").arg(figures.value(key).toInteger());
}

QString mib(qint64 kb)
{
    return QStringLiteral("%1 MiB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

QString ratio(double baseline, double measured)
{
    return measured > 0 ? QStringLiteral("%1×").arg(baseline / measured, 0, 'f', 1)
                        : QStringLiteral("n/a");
}

int report(const Options &options, const QJsonObject &lazy, const QJsonObject &naive,
           const QJsonArray &parallel)
{
    const auto integer = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toInteger();
    };
    print(QStringLiteral("\nVault: %1 secrets in %2 folders, %3 ms latency per request, "
                         "page size %4.\n")
                  .arg(options.secrets)
                  .arg(options.folders)
                  .arg(options.latencyMs)
                  .arg(options.scenario.pageSize));
    print(QStringLiteral(
            "| measure | lazy models | naive: load everything first | naive ÷ lazy |"));
    print(QStringLiteral("|---|---|---|---|"));
    const qint64 naiveMs = integer(naive, "naiveFirstPageMs");
    print(QStringLiteral("| time to first page of a folder (tree → region → site) "
                         "| %1, %2 round trips "
                         "| %3, %4 round trips | %5 |")
                  .arg(ms(lazy, QStringLiteral("folderFirstPageMs")))
                  .arg(integer(lazy, "folderRoundTrips"))
                  .arg(ms(naive, QStringLiteral("naiveFirstPageMs")))
                  .arg(integer(naive, "naiveRoundTrips"))
                  .arg(ratio(double(naiveMs), double(integer(lazy, "folderFirstPageMs")))));
    print(QStringLiteral(
                  "| time to first page of a search (\"%1\", %2 matches) | %3, %4 round trips "
                  "| %5, %6 round trips | %7 |")
                  .arg(options.scenario.searchText)
                  .arg(integer(lazy, "searchMatches"))
                  .arg(ms(lazy, QStringLiteral("searchFirstPageMs")))
                  .arg(integer(lazy, "searchRoundTrips"))
                  .arg(ms(naive, QStringLiteral("naiveFirstPageMs")))
                  .arg(integer(naive, "naiveRoundTrips"))
                  .arg(ratio(double(naiveMs), double(integer(lazy, "searchFirstPageMs")))));
    print(QStringLiteral("| peak RSS of the process | %1 | %2 | %3 |")
                  .arg(mib(integer(lazy, "peakRssKb")), mib(integer(naive, "peakRssKb")),
                       ratio(double(integer(naive, "peakRssKb")),
                             double(integer(lazy, "peakRssKb")))));
    const auto stallText = [&integer](const QJsonObject &o) {
        return QStringLiteral("%1 ms (%2 ms of it on the CPU; %3 gaps ≥ 50 ms)")
                .arg(integer(o, "longestStallMs"))
                .arg(integer(o, "busyInLongestStallMs"))
                .arg(integer(o, "stallsOver50Ms"));
    };
    print(QStringLiteral("| longest event-loop stall while loading | %1 | %2 | |")
                  .arg(stallText(lazy), stallText(naive)));
    print(QStringLiteral("| most UI-thread CPU time between two timer ticks | %1 ms | %2 ms | |")
                  .arg(integer(lazy, "longestBusyMs"))
                  .arg(integer(naive, "longestBusyMs")));
    print(QStringLiteral("\nScrolling the whole vault (%1 records) as one list: first page in %2; "
                         "%3 pages (%4 rows) in %5 and %6 round trips; RSS %7 after the first "
                         "page, %8 after scrolling (the naive client holds %9 after loading).")
                  .arg(integer(lazy, "vaultTotal"))
                  .arg(ms(lazy, QStringLiteral("vaultFirstPageMs")))
                  .arg(integer(lazy, "scrollPages"))
                  .arg(integer(lazy, "scrollRows"))
                  .arg(ms(lazy, QStringLiteral("scrollMs")))
                  .arg(integer(lazy, "scrollRoundTrips"))
                  .arg(mib(integer(lazy, "rssAfterFirstPageKb")),
                       mib(integer(lazy, "rssAfterScrollKb")),
                       mib(integer(naive, "rssAfterLoadKb"))));

    print(QStringLiteral("\n| parallel bound | expand every region at once | requests | most in "
                         "flight | vs bound 1 |"));
    print(QStringLiteral("|---|---|---|---|---|"));
    const qint64 serialMs = parallel.isEmpty()
            ? 0
            : parallel.first().toObject().value(QStringLiteral("expandAllMs")).toInteger();
    bool boundHeld = true;
    for (const QJsonValue &value : parallel) {
        const QJsonObject run = value.toObject();
        const qint64 bound = integer(run, "parallel");
        const qint64 most = integer(run, "parallelMaxInFlight");
        boundHeld = boundHeld && most <= bound;
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                      .arg(bound)
                      .arg(ms(run, QStringLiteral("expandAllMs")))
                      .arg(integer(run, "parallelRoundTrips"))
                      .arg(most)
                      .arg(ratio(double(serialMs), double(integer(run, "expandAllMs")))));
    }

    const bool roundTrips = integer(lazy, "folderRoundTrips") <= FirstPageRoundTripTarget
            && integer(lazy, "searchRoundTrips") <= FirstPageRoundTripTarget;
    const bool stall = integer(lazy, "longestStallMs") < StallTargetMs;
    print(QStringLiteral("\nfirst page within %1 round trips: %2")
                  .arg(FirstPageRoundTripTarget)
                  .arg(roundTrips ? QStringLiteral("yes") : QStringLiteral("NO")));
    print(QStringLiteral("longest UI stall under %1 ms: %2")
                  .arg(StallTargetMs)
                  .arg(stall ? QStringLiteral("yes") : QStringLiteral("NO")));
    print(QStringLiteral("requests in flight within the bound: %1")
                  .arg(boundHeld ? QStringLiteral("yes") : QStringLiteral("NO")));
    return roundTrips && stall && boundHeld ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scanvault-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Benchmarks the console's lazy models against a load-everything client on a "
            "generated vault served by scanvault-sandbox."));
    parser.addHelpOption();
    const auto value = [&parser](const char *name, const char *help, const char *fallback) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                            QStringLiteral("value"),
                                            QString::fromLatin1(fallback)));
    };
    value("secrets", "Secrets in the generated vault.", "100000");
    value("folders", "Folders in the generated vault.", "2000");
    value("latency-ms", "Sandbox latency per request.", "20");
    value("page-size", "Records per page of the lazy lists.", "100");
    value("scroll-pages", "Pages the lazy list loads while scrolling.", "20");
    value("bounds", "Parallel bounds to compare, comma-separated.", "1,4,8");
    value("json", "Also write every figure to this JSON file.", "");
    // Internal: one scenario in a child process.
    value("child", "", "");
    value("https-port", "", "0");
    value("http-port", "", "0");
    value("sha256", "", "");
    value("parallel", "", "4");
    parser.process(app);

    Options options;
    options.secrets = parser.value(QStringLiteral("secrets")).toInt();
    options.folders = parser.value(QStringLiteral("folders")).toInt();
    options.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    options.jsonFile = parser.value(QStringLiteral("json"));
    options.scenario.pageSize = qMax(1, parser.value(QStringLiteral("page-size")).toInt());
    options.scenario.scrollPages = qMax(1, parser.value(QStringLiteral("scroll-pages")).toInt());
    options.scenario.parallel = qMax(1, parser.value(QStringLiteral("parallel")).toInt());
    options.bounds.clear();
    for (const QString &bound : parser.value(QStringLiteral("bounds")).split(QLatin1Char(',')))
        options.bounds.append(qMax(1, bound.toInt()));

    if (parser.isSet(QStringLiteral("child")))
        return childMain(parser, options);

    print(QStringLiteral("Starting scanvault-sandbox with %1 secrets in %2 folders, %3 ms "
                         "latency...")
                  .arg(options.secrets)
                  .arg(options.folders)
                  .arg(options.latencyMs));
    SandboxProcess sandbox({ QStringLiteral("--secrets"), QString::number(options.secrets),
                             QStringLiteral("--folders"), QString::number(options.folders),
                             QStringLiteral("--latency-ms"), QString::number(options.latencyMs) });
    if (!sandbox.start()) {
        print(QStringLiteral("The sandbox did not start: ") + sandbox.errorString());
        return 2;
    }

    QJsonObject all;
    const auto step = [&](const QString &label, const QString &mode, int parallel) {
        print(QStringLiteral("running %1...").arg(label));
        const QJsonObject figures = runChild(sandbox, options, mode, parallel);
        if (figures.contains(QStringLiteral("error")))
            print(QStringLiteral("  %1 failed: %2")
                          .arg(label, figures.value(QStringLiteral("error")).toString()));
        return figures;
    };
    const QJsonObject lazy = step(QStringLiteral("lazy models"), QStringLiteral("lazy"),
                                  ConsoleSettings::defaultMaxParallelRequests);
    const QJsonObject naive = step(QStringLiteral("naive client"), QStringLiteral("naive"),
                                   ConsoleSettings::defaultMaxParallelRequests);
    QJsonArray parallel;
    for (int bound : std::as_const(options.bounds))
        parallel.append(step(QStringLiteral("parallel bound %1").arg(bound),
                             QStringLiteral("parallel"), bound));
    sandbox.stop();

    all.insert(QStringLiteral("lazy"), lazy);
    all.insert(QStringLiteral("naive"), naive);
    all.insert(QStringLiteral("parallel"), parallel);
    if (!options.jsonFile.isEmpty()) {
        QFile file(options.jsonFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(all).toJson());
    }
    bool failed = lazy.contains(QStringLiteral("error")) || naive.contains(QStringLiteral("error"));
    for (const QJsonValue &run : std::as_const(parallel))
        failed = failed || run.toObject().contains(QStringLiteral("error"));
    if (failed)
        return 2;
    return report(options, lazy, naive, parallel);
}
