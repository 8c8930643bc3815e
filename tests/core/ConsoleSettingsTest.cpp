// The console's preferences: defaults, bounds, persistence and change notification.

#include "core/ConsoleSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ConsoleSettingsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsWithTheDocumentedDefaults();
    void keepsValuesAcrossInstances();
    void clampsWrittenValues_data();
    void clampsWrittenValues();
    void ignoresDamagedValues();
    void notifiesOnlyRealChanges();

private:
    QString iniFile() const { return m_dir->filePath(QStringLiteral("console.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void ConsoleSettingsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ConsoleSettingsTest::startsWithTheDocumentedDefaults()
{
    const ConsoleSettings settings(iniFile());

    QCOMPARE(settings.clipboardClearSeconds(), 20);
    QCOMPARE(settings.idleLockMinutes(), 10);
    QCOMPARE(settings.maxParallelRequests(), ConsoleSettings::defaultMaxParallelRequests);
    QVERIFY(settings.language().isEmpty());
}

void ConsoleSettingsTest::keepsValuesAcrossInstances()
{
    {
        ConsoleSettings settings(iniFile());
        settings.setClipboardClearSeconds(45);
        settings.setIdleLockMinutes(3);
        settings.setMaxParallelRequests(5);
        settings.setLanguage(QStringLiteral("de"));
    }
    const ConsoleSettings reread(iniFile());

    QCOMPARE(reread.clipboardClearSeconds(), 45);
    QCOMPARE(reread.idleLockMinutes(), 3);
    QCOMPARE(reread.maxParallelRequests(), 5);
    QCOMPARE(reread.language(), QStringLiteral("de"));
}

void ConsoleSettingsTest::clampsWrittenValues_data()
{
    QTest::addColumn<int>("clipboard");
    QTest::addColumn<int>("expectedClipboard");
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("expectedParallel");
    QTest::newRow("too small") << 0 << 5 << 0 << 1;
    QTest::newRow("too large") << 100000 << 600 << 500
                               << ConsoleSettings::highestMaxParallelRequests;
    QTest::newRow("in range") << 30 << 30 << 2 << 2;
}

void ConsoleSettingsTest::clampsWrittenValues()
{
    QFETCH(int, clipboard);
    QFETCH(int, expectedClipboard);
    QFETCH(int, parallel);
    QFETCH(int, expectedParallel);
    ConsoleSettings settings(iniFile());

    settings.setClipboardClearSeconds(clipboard);
    settings.setMaxParallelRequests(parallel);

    QCOMPARE(settings.clipboardClearSeconds(), expectedClipboard);
    QCOMPARE(settings.maxParallelRequests(), expectedParallel);
}

void ConsoleSettingsTest::ignoresDamagedValues()
{
    {
        QSettings raw(iniFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("console/clipboardClearSeconds"), QStringLiteral("never"));
        raw.setValue(QStringLiteral("console/idleLockMinutes"), -7);
    }
    const ConsoleSettings settings(iniFile());

    QCOMPARE(settings.clipboardClearSeconds(), ConsoleSettings::defaultClipboardClearSeconds);
    QCOMPARE(settings.idleLockMinutes(), ConsoleSettings::defaultIdleLockMinutes);
}

void ConsoleSettingsTest::notifiesOnlyRealChanges()
{
    ConsoleSettings settings(iniFile());
    QSignalSpy changed(&settings, &ConsoleSettings::changed);

    settings.setIdleLockMinutes(5);
    settings.setIdleLockMinutes(5);

    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(ConsoleSettingsTest)
#include "ConsoleSettingsTest.moc"
