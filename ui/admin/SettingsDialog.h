#pragma once

#include <QDialog>

class ConsoleSettings;
class QComboBox;
class QSpinBox;

// Edits the console's own preferences (ConsoleSettings): clipboard delay, idle lock delay,
// parallel request bound and language. Writes them on OK; the settings object is borrowed.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings *settings, QWidget *parent = nullptr);

    // Writes the values shown into the settings (what OK does).
    void save();

private:
    void load();

    ConsoleSettings *m_settings;
    QSpinBox *m_clipboard;
    QSpinBox *m_idleLock;
    QSpinBox *m_parallel;
    QComboBox *m_language;
};
