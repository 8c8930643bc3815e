// The console's command line: --help and --version answer without a window or a display.

#include <QProcess>
#include <QTest>

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void versionNamesTheRelease();
    void helpDocumentsEveryOption_data();
    void helpDocumentsEveryOption();

private:
    static QByteArray run(const QStringList &arguments, int *exitCode);
};

QByteArray TestCommandLine::run(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    // As on a server without a display: no platform plugin may be needed to print.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(SCANVAULT_BIN));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(30000)) {
        process.kill();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

void TestCommandLine::versionNamesTheRelease()
{
    int exitCode = -1;
    const QByteArray output = run({QStringLiteral("--version")}, &exitCode);

    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains("ScanVault " SCANVAULT_VERSION), output.constData());
}

void TestCommandLine::helpDocumentsEveryOption_data()
{
    QTest::addColumn<QByteArray>("option");
    QTest::newRow("help") << QByteArrayLiteral("--help");
    QTest::newRow("version") << QByteArrayLiteral("--version");
    QTest::newRow("sandbox") << QByteArrayLiteral("--sandbox <file>");
}

void TestCommandLine::helpDocumentsEveryOption()
{
    QFETCH(QByteArray, option);
    int exitCode = -1;
    const QByteArray output = run({QStringLiteral("--help")}, &exitCode);

    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(option), output.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
