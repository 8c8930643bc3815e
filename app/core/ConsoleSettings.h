#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSettings;

// The console's own preferences (not a vault's): how long copied passwords stay on the
// clipboard, when an idle console locks, how many requests run at once, and the language.
// Kept in QSettings; never holds a credential. Emits changed() after every write.
class ConsoleSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClipboardClearSeconds = 20;
    static constexpr int defaultIdleLockMinutes = 10;
    static constexpr int defaultMaxParallelRequests = 4;
    // Qt's network access opens at most six connections per host, so more would only queue.
    static constexpr int highestMaxParallelRequests = 6;

    explicit ConsoleSettings(QObject *parent = nullptr);
    // For tests: keeps the preferences in this INI file instead of the user's settings.
    explicit ConsoleSettings(const QString &iniFile, QObject *parent = nullptr);
    ~ConsoleSettings() override;

    int clipboardClearSeconds() const; // 5..600
    int idleLockMinutes() const; // 0 means never; otherwise 1..240
    int maxParallelRequests() const; // 1..highestMaxParallelRequests
    QString language() const; // empty: follow the system

    void setClipboardClearSeconds(int seconds);
    void setIdleLockMinutes(int minutes);
    void setMaxParallelRequests(int count);
    void setLanguage(const QString &language);

signals:
    void changed();

private:
    int readBounded(const QString &key, int fallback, int lowest, int highest) const;
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
