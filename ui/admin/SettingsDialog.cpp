#include "admin/SettingsDialog.h"

#include "core/ConsoleSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(new QSpinBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_parallel(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Console settings"));

    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clear copied passwords after"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setAccessibleName(tr("Lock when idle for"));
    m_parallel->setRange(1, ConsoleSettings::highestMaxParallelRequests);
    m_parallel->setAccessibleName(tr("Requests at once"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Clear copied passwords after:"), m_clipboard);
    form->addRow(tr("&Lock when idle for:"), m_idleLock);
    form->addRow(tr("&Requests at once:"), m_parallel);
    form->addRow(tr("Lan&guage:"), m_language);
    auto *note = new QLabel(tr("A new language applies after the console restarts. Fewer "
                               "requests at once go easier on a busy Secret Server."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    m_clipboard->setValue(m_settings->clipboardClearSeconds());
    m_idleLock->setValue(m_settings->idleLockMinutes());
    m_parallel->setValue(m_settings->maxParallelRequests());
    const int index = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::save()
{
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setIdleLockMinutes(m_idleLock->value());
    m_settings->setMaxParallelRequests(m_parallel->value());
    m_settings->setLanguage(m_language->currentData().toString());
}
