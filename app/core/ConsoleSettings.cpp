#include "core/ConsoleSettings.h"

#include <QSettings>

namespace {
const QString clipboardKey = QStringLiteral("console/clipboardClearSeconds");
const QString idleLockKey = QStringLiteral("console/idleLockMinutes");
const QString parallelKey = QStringLiteral("console/maxParallelRequests");
const QString languageKey = QStringLiteral("console/language");
} // namespace

ConsoleSettings::ConsoleSettings(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
}

ConsoleSettings::ConsoleSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ConsoleSettings::~ConsoleSettings() = default;

int ConsoleSettings::clipboardClearSeconds() const
{
    return readBounded(clipboardKey, defaultClipboardClearSeconds, 5, 600);
}

int ConsoleSettings::idleLockMinutes() const
{
    return readBounded(idleLockKey, defaultIdleLockMinutes, 0, 240);
}

int ConsoleSettings::maxParallelRequests() const
{
    return readBounded(parallelKey, defaultMaxParallelRequests, 1,
                       highestMaxParallelRequests);
}

QString ConsoleSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void ConsoleSettings::setClipboardClearSeconds(int seconds)
{
    write(clipboardKey, qBound(5, seconds, 600));
}

void ConsoleSettings::setIdleLockMinutes(int minutes)
{
    write(idleLockKey, qBound(0, minutes, 240));
}

void ConsoleSettings::setMaxParallelRequests(int count)
{
    write(parallelKey, qBound(1, count, highestMaxParallelRequests));
}

void ConsoleSettings::setLanguage(const QString &language)
{
    write(languageKey, language);
}

// A hand-edited or damaged value falls back to the default instead of disabling a guard.
int ConsoleSettings::readBounded(const QString &key, int fallback, int lowest, int highest) const
{
    bool ok = false;
    const int value = m_settings->value(key, fallback).toInt(&ok);
    return ok && value >= lowest && value <= highest ? value : fallback;
}

void ConsoleSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
    emit changed();
}
