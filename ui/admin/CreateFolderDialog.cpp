#include "admin/CreateFolderDialog.h"

#include "admin/ChangePreviewDialog.h"
#include "changes/FolderChanges.h"
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
}

CreateFolderDialog::CreateFolderDialog(RestClient *client, int parentFolderId, QWidget *parent)
    : QDialog(parent), m_client(client), m_preselectedParent(parentFolderId),
      m_name(new QLineEdit(this)), m_parent(new QComboBox(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_review(m_buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New Folder"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Folder name"));
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->setAccessibleName(tr("Parent folder"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_review->setAccessibleName(tr("Review the new folder"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *parentLabel = new QLabel(tr("&Parent folder:"), this);
    parentLabel->setBuddy(m_parent);
    form->addRow(parentLabel, m_parent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Review does not close this dialog: a cancelled preview leaves the input to edit.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateFolderDialog::review);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateFolderDialog::updateReview);
    updateReview();
    loadFolders();
}

void CreateFolderDialog::loadFolders()
{
    m_parent->addItem(tr("(top level)"), -1);
    m_parent->setItemData(0, QString(), PathRole);
    if (!m_client)
        return;
    m_status->setText(tr("Reading folders…"));
    FolderQuery query;
    query.page.allPages = true;
    m_client->searchFolders(query, this, [this](const Result<Page<Folder>> &result) {
        m_loaded = true;
        if (!result.ok()) {
            m_status->setText(tr("Could not read the folders: %1").arg(result.message));
            return;
        }
        m_status->clear();
        for (const Folder &folder : result.value.records) {
            const QString path = folder.path.isEmpty() ? folder.name : folder.path;
            m_parent->addItem(path, folder.id);
            m_parent->setItemData(m_parent->count() - 1, path, PathRole);
        }
        const int preselected = m_parent->findData(m_preselectedParent);
        if (preselected >= 0)
            m_parent->setCurrentIndex(preselected);
    });
}

void CreateFolderDialog::updateReview()
{
    m_review->setEnabled(!m_name->text().trimmed().isEmpty() && m_client);
}

void CreateFolderDialog::review()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !m_client || m_preview)
        return;
    const int parentId = m_parent->currentData().toInt();
    const QString parentPath = m_parent->currentData(PathRole).toString();
    auto *dialog = new ChangePreviewDialog(m_client, tr("New folder %1").arg(name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChange(std::make_unique<CreateFolderChange>(name, parentId, parentPath));
    connect(dialog, &ChangePreviewDialog::changesApplied, this, [this, name, parentId] {
        emit created(name, parentId);
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

ChangePreviewDialog *CreateFolderDialog::previewDialog() const
{
    return m_preview.data();
}
