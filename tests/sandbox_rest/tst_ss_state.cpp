// The Secret Server estate beyond the seed: --state keeps changes across restarts, and
// --secrets/--folders generates a large estate that pages and searches.
#include "RestSandbox.h"

#include <QTemporaryDir>
#include <QtTest>

class TestSecretServerState : public QObject
{
    Q_OBJECT

private slots:
    void changesSurviveARestart();
    void stateFileIsValidJsonAfterExit();
    void generatedEstateSearchesAndPages();

private:
    QString changeAField(const QString &stateFile);
};

QString TestSecretServerState::changeAField(const QString &stateFile)
{
    RestSandbox sandbox({ QStringLiteral("--state"), stateFile });
    if (!sandbox.start())
        return {};
    const QString notes = QStringLiteral("kept %1").arg(QDateTime::currentMSecsSinceEpoch());
    const ProbeReply reply
            = sandbox.send("PUT", QStringLiteral("/secrets/%1/fields/notes").arg(seed::UnixApp),
                           { { QStringLiteral("value"), notes } }, sandbox.jdoe());
    if (reply.status != 200)
        return {};
    sandbox.process().stop();
    return notes;
}

void TestSecretServerState::changesSurviveARestart()
{
    QTemporaryDir directory;
    const QString stateFile = directory.filePath(QStringLiteral("estate-state.json"));
    const QString notes = changeAField(stateFile);
    QVERIFY(!notes.isEmpty());

    RestSandbox again({ QStringLiteral("--state"), stateFile });
    QVERIFY(again.start());

    QCOMPARE(again.storedValue(seed::UnixApp, QStringLiteral("notes")), notes);
}

void TestSecretServerState::stateFileIsValidJsonAfterExit()
{
    QTemporaryDir directory;
    const QString stateFile = directory.filePath(QStringLiteral("estate-state.json"));
    QVERIFY(!changeAField(stateFile).isEmpty());

    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);

    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.object().value(QStringLiteral("secretAudits")).toArray().size() >= 1);
}

void TestSecretServerState::generatedEstateSearchesAndPages()
{
    RestSandbox sandbox({ QStringLiteral("--secrets"), QStringLiteral("100000"),
                          QStringLiteral("--folders"), QStringLiteral("2000") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.process().errorString()));
    const QByteArray qualys = sandbox.qualys();

    const ProbeReply all = sandbox.get(QStringLiteral("/secrets?take=25&skip=50"), qualys);
    const ProbeReply one = sandbox.get(
            QStringLiteral("/secrets?filter.searchText=host054321&filter.isExactMatch=false"),
            qualys);
    const ProbeReply folder
            = sandbox.get(QStringLiteral("/secrets/search-total?filter.folderId=100"), qualys);

    QCOMPARE(all.object().value(QStringLiteral("total")).toInt(), 100000);
    QCOMPARE(all.object().value(QStringLiteral("records")).toArray().size(), 25);
    QCOMPARE(one.object().value(QStringLiteral("total")).toInt(), 1);
    QVERIFY(folder.body.trimmed().toInt() > 0);
}

QTEST_GUILESS_MAIN(TestSecretServerState)
#include "tst_ss_state.moc"
