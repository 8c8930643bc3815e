#include "admin/CreateSecretDialog.h"

#include "admin/ChangePreviewDialog.h"
#include "changes/SecretChanges.h"
#include "secretserver/RestClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace secretserver;

namespace {

constexpr int PathRole = Qt::UserRole + 1;

// The templates Qualys authenticated scans use a vault record for.
bool isScanTemplate(const QString &name)
{
    static const QStringList kinds { QStringLiteral("Windows"), QStringLiteral("Unix"),
                                     QStringLiteral("Oracle"), QStringLiteral("SQL Server"),
                                     QStringLiteral("DB2") };
    return std::any_of(kinds.cbegin(), kinds.cend(), [&name](const QString &kind) {
        return name.contains(kind, Qt::CaseInsensitive);
    });
}

} // namespace

CreateSecretDialog::CreateSecretDialog(RestClient *client, int folderId, QWidget *parent)
    : QDialog(parent), m_client(client), m_preselectedFolder(folderId),
      m_template(new QComboBox(this)), m_folder(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_fieldsForm(new QFormLayout), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_review(m_buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New Secret"));
    m_template->setAccessibleName(tr("Secret template"));
    m_folder->setAccessibleName(tr("Folder"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Secret name"));
    m_name->setToolTip(tr("Qualys finds the secret by this exact name."));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_review->setAccessibleName(tr("Review the new secret"));

    auto *form = new QFormLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, m_folder);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_fieldsForm);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateSecretDialog::review);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateSecretDialog::updateReview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CreateSecretDialog::loadFields);
    updateReview();
    loadTemplates();
    loadFolders();
}

CreateSecretDialog::~CreateSecretDialog()
{
    // Typed values leave memory with the editors; make sure nothing lingers in them first.
    for (const FieldEditor &field : std::as_const(m_fields))
        field.editor->clear();
}

bool CreateSecretDialog::isReady() const
{
    return m_templatesLoaded && m_foldersLoaded && m_template->count() > 0
            && m_fieldsTemplateId == m_template->currentData().toInt();
}

bool CreateSecretDialog::selectTemplate(const QString &text)
{
    for (int i = 0; i < m_template->count(); ++i) {
        if (m_template->itemText(i).contains(text, Qt::CaseInsensitive)) {
            m_template->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QLineEdit *CreateSecretDialog::fieldEditor(const QString &slug) const
{
    for (const FieldEditor &field : m_fields) {
        if (field.field.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return field.editor;
    }
    return nullptr;
}

void CreateSecretDialog::loadTemplates()
{
    if (!m_client)
        return;
    PageRequest page;
    page.allPages = true;
    m_client->searchTemplates(
            QString(), page, this, [this](const Result<Page<SecretTemplate>> &result) {
                m_templatesLoaded = true;
                if (!result.ok()) {
                    m_status->setText(
                            tr("Could not read the secret templates: %1").arg(result.message));
                    return;
                }
                const QSignalBlocker blocker(m_template);
                for (const SecretTemplate &secretTemplate : result.value.records) {
                    if (secretTemplate.active && isScanTemplate(secretTemplate.name))
                        m_template->addItem(secretTemplate.name, secretTemplate.id);
                }
                if (m_template->count() == 0)
                    m_status->setText(
                            tr("The server has no Windows, Unix, Oracle, SQL Server or DB2 "
                               "template."));
                loadFields();
            });
}

void CreateSecretDialog::loadFolders()
{
    if (!m_client)
        return;
    FolderQuery query;
    query.page.allPages = true;
    m_client->searchFolders(query, this, [this](const Result<Page<Folder>> &result) {
        m_foldersLoaded = true;
        if (!result.ok()) {
            m_status->setText(tr("Could not read the folders: %1").arg(result.message));
            return;
        }
        for (const Folder &folder : result.value.records) {
            const QString path = folder.path.isEmpty() ? folder.name : folder.path;
            m_folder->addItem(path, folder.id);
            m_folder->setItemData(m_folder->count() - 1, path, PathRole);
        }
        const int preselected = m_folder->findData(m_preselectedFolder);
        if (preselected >= 0)
            m_folder->setCurrentIndex(preselected);
        updateReview();
    });
}

void CreateSecretDialog::clearFields()
{
    for (const FieldEditor &field : std::as_const(m_fields)) {
        field.editor->clear();
        m_fieldsForm->removeRow(field.editor);
    }
    m_fields.clear();
}

// The chosen template's fields (machine, user name, password...), read per template.
void CreateSecretDialog::loadFields()
{
    clearFields();
    m_fieldsTemplateId = 0;
    updateReview();
    const int templateId = m_template->currentData().toInt();
    if (!m_client || templateId <= 0)
        return;
    m_client->secretTemplate(templateId, this, [this, templateId](const Result<SecretTemplate> &t) {
        if (templateId != m_template->currentData().toInt())
            return; // another template was chosen meanwhile
        if (!t.ok()) {
            m_status->setText(tr("Could not read the template's fields: %1").arg(t.message));
            return;
        }
        QList<SecretTemplateField> fields = t.value.fields;
        std::stable_sort(fields.begin(), fields.end(),
                         [](const SecretTemplateField &a, const SecretTemplateField &b) {
                             return a.sortOrder < b.sortOrder;
                         });
        for (const SecretTemplateField &field : std::as_const(fields)) {
            if (field.isFile)
                continue; // attachments are added in Secret Server
            auto *editor = new QLineEdit(this);
            const QString label = field.displayName.isEmpty() ? field.name : field.displayName;
            editor->setAccessibleName(label);
            editor->setObjectName(field.slug);
            if (field.isPassword) {
                editor->setEchoMode(QLineEdit::Password);
                editor->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                            | Qt::ImhNoAutoUppercase);
            }
            if (!field.description.isEmpty())
                editor->setToolTip(field.description);
            m_fieldsForm->addRow(field.isRequired ? tr("%1 *:").arg(label) : tr("%1:").arg(label),
                                 editor);
            m_fields.append({ field, editor });
        }
        m_fieldsTemplateId = templateId;
        m_status->clear();
        updateReview();
    });
}

void CreateSecretDialog::updateReview()
{
    m_review->setEnabled(m_client && !m_name->text().trimmed().isEmpty()
                         && m_folder->currentIndex() >= 0 && m_fieldsTemplateId > 0);
}

void CreateSecretDialog::review()
{
    const QString name = m_name->text().trimmed();
    if (!m_review->isEnabled() || name.isEmpty() || m_preview)
        return;
    QList<CreateSecretChange::FieldValue> values;
    for (const FieldEditor &field : std::as_const(m_fields)) {
        values.append(
                { field.field.slug,
                  field.field.displayName.isEmpty() ? field.field.name : field.field.displayName,
                  field.editor->text() });
    }
    const int folderId = m_folder->currentData().toInt();
    auto *dialog = new ChangePreviewDialog(m_client, tr("New secret %1").arg(name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChange(std::make_unique<CreateSecretChange>(
            m_template->currentData().toInt(), m_template->currentText(), folderId,
            m_folder->currentData(PathRole).toString(), name, std::move(values)));
    connect(dialog, &ChangePreviewDialog::changesApplied, this, [this, name, folderId] {
        emit created(name, folderId);
        m_applied = true;
    });
    // Closed after a creation: this dialog is done too; cancelled: the input stays to edit.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_applied)
            accept();
    });
    m_preview = dialog;
    dialog->start();
}

ChangePreviewDialog *CreateSecretDialog::previewDialog() const
{
    return m_preview.data();
}
