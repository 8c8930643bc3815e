#include "secret/SecretGeneralPage.h"

#include "secret/ClipboardGuard.h"
#include "secretserver/RestClient.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

using namespace secretserver;

namespace {
Q_LOGGING_CATEGORY(lcSecretPage, "scanvault.ui.secret")
} // namespace

SecretGeneralPage::SecretGeneralPage(QWidget *parent) : SecretPage(parent)
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("generalNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice"));

    m_readButton = new QPushButton(tr("Check Out and &Show Fields"), this);
    m_readButton->setObjectName(QStringLiteral("readFields"));
    m_readButton->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    connect(m_readButton, &QPushButton::clicked, this, &SecretGeneralPage::readFields);

    m_fieldBox = new QWidget(this);
    m_form = new QFormLayout(m_fieldBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_readButton, 0, Qt::AlignLeft);
    layout->addWidget(m_fieldBox);
    layout->addStretch();

    auto *reveal = new QAction(tr("Reveal Password"), this);
    reveal->setObjectName(QStringLiteral("revealPassword"));
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reveal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reveal, &QAction::triggered, this, [this] { toggleReveal(); });
    addAction(reveal);

    auto *copy = new QAction(tr("Copy Password"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyField(); });
    addAction(copy);

    clear();
}

SecretGeneralPage::~SecretGeneralPage()
{
    clear();
}

QString SecretGeneralPage::title() const
{
    return tr("General");
}

void SecretGeneralPage::showSecret(RestClient *client, const SecretSummary &secret)
{
    clear();
    m_client = client;
    m_secret = secret;

    if (secret.checkOutEnabled) {
        // Reading a check-out secret checks it out: nobody else (the scanner included) can
        // use it until it is checked in, and its password may change on check-in.
        showNotice(tr("This secret requires check-out. Reading its fields checks it out to "
                      "you; until it is checked in, nobody else can use it, and its password "
                      "may change on check-in."));
        m_readButton->setVisible(true);
        return;
    }
    readFields();
}

void SecretGeneralPage::clear()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_client = nullptr;
    m_secret = {};
    clearFields();
    m_readButton->setVisible(false);
    showNotice(QString());
}

void SecretGeneralPage::clearFields()
{
    for (Field &entry : m_fields) {
        if (entry.edit)
            entry.edit->clear(); // drop any revealed value before the widget goes
    }
    m_fields.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void SecretGeneralPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SecretGeneralPage::readFields()
{
    if (!m_client || m_secret.id <= 0)
        return;

    m_readButton->setVisible(false);
    showNotice(tr("Reading %1…").arg(m_secret.name));
    SecretReadOptions options;
    options.noAutoCheckout = false;
    const quint64 generation = m_generation;
    m_call = m_client->secret(
            m_secret.id, options, this, [this, generation](const Result<Secret> &result) {
                if (generation != m_generation)
                    return;
                m_call = nullptr;
                if (!result.ok()) {
                    showNotice(tr("The fields could not be read: %1").arg(result.message));
                    return;
                }
                clearFields();
                for (const SecretItem &item : result.value.items)
                    addField(item);
                showNotice(m_secret.checkOutEnabled
                                   ? tr("Checked out to you. Template: %1")
                                             .arg(result.value.templateName)
                                   : tr("Template: %1").arg(result.value.templateName));
                qCDebug(lcSecretPage) << "read fields of secret" << m_secret.id;
                emit fieldsLoaded();
            });
}

void SecretGeneralPage::addField(const SecretItem &item)
{
    Field entry;
    entry.slug = item.slug;
    entry.isPassword = item.isPassword;
    entry.edit = new QLineEdit(m_fieldBox);
    entry.edit->setReadOnly(true);
    entry.edit->setObjectName(QStringLiteral("field_") + item.slug);
    entry.edit->setAccessibleName(item.fieldName);

    auto *row = new QWidget(m_fieldBox);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(entry.edit, 1);

    if (item.isFile) {
        entry.edit->setText(item.fileName.isEmpty() ? tr("(no file)") : item.fileName);
    } else if (item.isPassword) {
        // The value from the full read is not kept: reveal and copy read it again.
        entry.edit->setEchoMode(QLineEdit::Password);
        entry.edit->setPlaceholderText(tr("Hidden"));
        entry.reveal = new QPushButton(QIcon(QStringLiteral(":/icons/reveal.svg")), QString(), row);
        entry.reveal->setObjectName(QStringLiteral("reveal_") + item.slug);
        entry.reveal->setCheckable(true);
        entry.reveal->setToolTip(tr("Reveal %1 (Ctrl+Shift+R)").arg(item.fieldName));
        entry.reveal->setAccessibleName(tr("Reveal %1").arg(item.fieldName));
        const QString slug = item.slug;
        connect(entry.reveal, &QPushButton::clicked, this, [this, slug] { toggleReveal(slug); });
        rowLayout->addWidget(entry.reveal);
    } else {
        entry.edit->setText(item.value);
    }

    if (!item.isFile) {
        auto *copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), row);
        copy->setObjectName(QStringLiteral("copy_") + item.slug);
        copy->setToolTip(item.isPassword ? tr("Copy %1 (Ctrl+Shift+C)").arg(item.fieldName)
                                         : tr("Copy %1").arg(item.fieldName));
        copy->setAccessibleName(tr("Copy %1").arg(item.fieldName));
        const QString slug = item.slug;
        connect(copy, &QPushButton::clicked, this, [this, slug] { copyField(slug); });
        rowLayout->addWidget(copy);
    }

    m_form->addRow(item.fieldName, row);
    m_fields.append(entry);
}

SecretGeneralPage::Field *SecretGeneralPage::field(const QString &slug)
{
    for (Field &entry : m_fields) {
        if (slug.isEmpty() ? entry.isPassword : entry.slug == slug)
            return &entry;
    }
    return nullptr;
}

QStringList SecretGeneralPage::passwordSlugs() const
{
    QStringList slugs;
    for (const Field &entry : m_fields) {
        if (entry.isPassword)
            slugs.append(entry.slug);
    }
    return slugs;
}

bool SecretGeneralPage::isRevealed(const QString &slug) const
{
    for (const Field &entry : m_fields) {
        if (entry.slug == slug)
            return entry.isPassword && entry.edit->echoMode() == QLineEdit::Normal;
    }
    return false;
}

void SecretGeneralPage::readPassword(const QString &slug, std::function<void(const QString &)> use)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_call = m_client->secretField(
            m_secret.id, slug, SecretReadOptions {}, this,
            [this, generation, use](const Result<QString> &result) {
                if (generation != m_generation)
                    return;
                m_call = nullptr;
                if (!result.ok()) {
                    showNotice(tr("The field could not be read: %1").arg(result.message));
                    return;
                }
                use(result.value);
            });
}

void SecretGeneralPage::toggleReveal(const QString &slug)
{
    Field *entry = field(slug);
    if (!entry || !entry->isPassword)
        return;

    const QString fieldSlug = entry->slug;
    if (entry->edit->echoMode() == QLineEdit::Normal) {
        entry->edit->clear();
        entry->edit->setEchoMode(QLineEdit::Password);
        entry->reveal->setChecked(false);
        return;
    }
    entry->reveal->setChecked(false);
    readPassword(fieldSlug, [this, fieldSlug](const QString &value) {
        if (Field *target = field(fieldSlug)) {
            target->edit->setEchoMode(QLineEdit::Normal);
            target->edit->setText(value);
            target->reveal->setChecked(true);
        }
    });
}

void SecretGeneralPage::copyField(const QString &slug)
{
    Field *entry = field(slug);
    if (!entry || !m_guard)
        return;

    const QString fieldSlug = entry->slug;
    const bool needsRead = entry->isPassword && entry->edit->echoMode() != QLineEdit::Normal;
    if (!needsRead) {
        m_guard->copySecret(entry->edit->text());
        emit fieldCopied(fieldSlug);
        return;
    }
    readPassword(fieldSlug, [this, fieldSlug](const QString &value) {
        if (!m_guard)
            return;
        m_guard->copySecret(value);
        showNotice(tr("Copied; the clipboard is cleared in %n second(s).", nullptr,
                      int(m_guard->clearDelay().count())));
        emit fieldCopied(fieldSlug);
    });
}
